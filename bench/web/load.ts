// One load measurement with autocannon: latencies of every response (for exact p50/p95/p99,
// which autocannon's own histogram does not offer), throughput and every kind of error.
import autocannon from "autocannon";

export type LoadOptions = {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  duration?: number;
  amount?: number;
  headers?: Record<string, string>;
  requests?: autocannon.Request[];
};

export type LoadResult = {
  p50: number;
  p95: number;
  p99: number;
  /** Responses per second. */
  rps: number;
  requests: number;
  errors: number;
  /** Responses by status code, and "timeout" / "error" for requests that got none. */
  statuses: Record<string, number>;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function load(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const tally = (key: string) => {
    statuses[key] = (statuses[key] ?? 0) + 1;
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration ?? 10,
        amount: options.amount,
        headers: options.headers,
        requests: options.requests,
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        latencies.sort((a, b) => a - b);
        resolve({
          p50: round(percentile(latencies, 50)),
          p95: round(percentile(latencies, 95)),
          p99: round(percentile(latencies, 99)),
          rps: round(latencies.length / seconds),
          requests: latencies.length,
          errors: result.errors + result.timeouts + result.non2xx,
          statuses,
        });
      },
    );
    instance.on("response", (_client, status, _bytes, time) => {
      latencies.push(time);
      tally(String(status));
    });
    instance.on("reqError", (error: { code?: string }) =>
      tally(error?.code === "ETIMEDOUT" || !error?.code ? "timeout" : error.code),
    );
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Waits until the server has finished what an earlier measurement left it doing (a page
 * keeps rendering after its client has gone): until a health check answers quickly.
 */
export async function settle(baseUrl: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${baseUrl}/api/health`).then((r) => r.arrayBuffer());
    if (performance.now() - started < 25) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
