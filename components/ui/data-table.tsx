import type { ReactNode } from "react";

/** A captioned, horizontally scrollable table; rows are the caller's <tr> elements. */
export function DataTable({
  caption,
  headers,
  children,
  framed = true,
}: {
  caption: string;
  headers: ReactNode[];
  children: ReactNode;
  framed?: boolean;
}) {
  return (
    <div
      className={`overflow-x-auto ${framed ? "rounded-lg border border-slate-200 bg-white" : ""}`}
    >
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            {headers.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: headers are a fixed list per table
              <th key={index} scope="col" className="px-3 py-2">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
