"use client";

/** Opens the browser's print dialog, where the packet can also be saved as PDF. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white print:hidden"
    >
      {label}
    </button>
  );
}
