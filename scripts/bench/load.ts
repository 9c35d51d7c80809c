// Drives load with autocannon and summarises it. Percentiles come from every response's own time
// (autocannon's histogram keeps whole milliseconds, too coarse for a 1 ms floor on loopback).
import autocannon, { type Request } from "autocannon";

export interface LoadStats {
  /** Successful (2xx) answers per second. */
  requestsPerSecond: number;
  /** Milliseconds, successful answers only. */
  p50: number;
  p99: number;
  ok: number;
  /** Non-2xx answers, connection errors and timeouts. */
  failed: number;
  /** The failures by status ("error" for connection errors and timeouts). */
  failures: Record<string, number>;
  seconds: number;
}

export interface LoadPlan {
  connections: number;
  /** Run for this many seconds... */
  seconds?: number;
  /** ...or until this many requests have been answered. */
  amount?: number;
  headers?: Record<string, string>;
  requests: Request[];
}

export async function runLoad(origin: string, plan: LoadPlan): Promise<LoadStats> {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const instance = autocannon({
    url: origin,
    connections: plan.connections,
    ...(plan.amount ? { amount: plan.amount } : { duration: plan.seconds ?? 10 }),
    timeout: 30,
    headers: plan.headers ?? {},
    requests: plan.requests,
  });
  instance.on("response", (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else failures[status] = (failures[status] ?? 0) + 1;
  });
  const result = await instance;
  if (result.errors > 0) failures.error = result.errors;
  return summarize(latencies, result.duration, failures);
}

export function summarize(latencies: number[], seconds: number, failures: Record<string, number>): LoadStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requestsPerSecond: sorted.length / seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    ok: sorted.length,
    failed: Object.values(failures).reduce((sum, n) => sum + n, 0),
    failures,
    seconds,
  };
}

/** Nearest-rank percentile of ascending values; NaN when there are none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
