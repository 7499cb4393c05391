import { benchBaselinesOn } from "@/lib/bench/switch";

/**
 * The benchmark's view of what the server keeps: the JavaScript heap in use after a full
 * collection, which the benchmark makes possible by starting the server with `--expose-gc`.
 * A 404 whenever the benchmark switch is off, as the baselines are.
 */
export async function GET() {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!benchBaselinesOn() || !collect) return new Response(null, { status: 404 });
  collect();
  const { heapUsed, rss } = process.memoryUsage();
  return Response.json({
    heapUsedMb: Math.round(heapUsed / 2 ** 20),
    rssMb: Math.round(rss / 2 ** 20),
  });
}
