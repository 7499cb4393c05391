import type { ReactNode } from "react";

export function Card({
  title,
  children,
  id,
}: {
  title?: string;
  children: ReactNode;
  id?: string;
}) {
  return (
    <section
      aria-labelledby={title && id ? `${id}-title` : undefined}
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      {title ? (
        <h2
          id={id ? `${id}-title` : undefined}
          className="mb-4 text-lg font-semibold text-slate-900"
        >
          {title}
        </h2>
      ) : null}
      {children}
    </section>
  );
}
