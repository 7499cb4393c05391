import type { ReactNode } from "react";

const TONES = {
  info: "border-sky-300 bg-sky-50 text-sky-900",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  error: "border-red-300 bg-red-50 text-red-900",
} as const;

/** A message box; `live` makes screen readers announce it when it appears. */
export function Notice({
  tone = "info",
  children,
  live = false,
}: {
  tone?: keyof typeof TONES;
  children: ReactNode;
  live?: boolean;
}) {
  return (
    <div
      role={live ? (tone === "error" ? "alert" : "status") : undefined}
      className={`rounded-md border px-4 py-3 text-sm ${TONES[tone]}`}
      data-notice={tone}
    >
      {children}
    </div>
  );
}
