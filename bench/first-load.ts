// First-load JavaScript of every page, gzipped, from the production build's own route
// statistics (run `npm run build` first; without a build this part is skipped).
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

type RouteStats = { route: string; firstLoadChunkPaths: string[] };
export type FirstLoadRow = { route: string; gzipKb: number; ratio: number };

const STATS = ".next/diagnostics/route-bundle-stats.json";
const BARE_PAGE = "/bench/baseline";

export function benchFirstLoad(): FirstLoadRow[] {
  if (!existsSync(STATS)) return [];
  const routes = JSON.parse(readFileSync(STATS, "utf8")) as RouteStats[];
  const sizes = new Map<string, number>();
  const gzipped = (path: string) => {
    if (!sizes.has(path)) sizes.set(path, gzipSync(readFileSync(path)).length);
    return sizes.get(path) ?? 0;
  };
  const rows = routes
    .filter((r) => r.firstLoadChunkPaths.length > 0)
    .map((r) => ({
      route: r.route,
      bytes: r.firstLoadChunkPaths.reduce((sum, path) => sum + gzipped(path), 0),
    }));
  // The benchmark's bare page (same layout, no client code of its own) is the baseline;
  // without it (an older build), the lightest page stands in.
  const base =
    rows.find((r) => r.route === BARE_PAGE)?.bytes ?? Math.min(...rows.map((r) => r.bytes));
  return rows
    .filter((r) => r.route !== BARE_PAGE)
    .sort((a, b) => b.bytes - a.bytes)
    .map((r) => ({
      route: r.route,
      gzipKb: Math.round(r.bytes / 102.4) / 10,
      ratio: Math.round((r.bytes / base) * 100) / 100,
    }));
}
