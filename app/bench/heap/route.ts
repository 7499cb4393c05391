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
  return Response.json({ heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20) });
}
