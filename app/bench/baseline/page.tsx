import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { baselineRows, benchBaselinesOn } from "@/lib/bench/switch";
import { benchNoopAction } from "./actions";

export const metadata: Metadata = { title: "Benchmark baseline", robots: { index: false } };

/**
 * The benchmark's bare dynamic page: rendered on every request like the app's pages, with
 * the same layout, but no database and no client component of its own.
 */
export default async function BenchBaselinePage() {
  await connection();
  if (!benchBaselinesOn()) notFound();
  const rows = baselineRows();
  return (
    <div>
      <h1 className="text-2xl font-bold">Benchmark baseline</h1>
      <p className="mt-2 text-slate-700">{new Date().toISOString()}</p>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">Rows</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Name</th>
            <th scope="col">Code</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.id}</td>
              <td>
                <a href={`#row-${row.id}`}>{row.name}</a>
              </td>
              <td>{row.code}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form action={benchNoopAction.bind(null, null)}>
        <button type="submit">No-op</button>
      </form>
    </div>
  );
}
