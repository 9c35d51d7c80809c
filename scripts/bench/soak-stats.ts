// The soak's arithmetic, kept apart from the traffic so it can be tested on its own: answers grouped by the
// minute they arrived in, latency percentiles per operation, and the trend from the first minutes to the last.
import { percentile } from "./load";

/** What the soak sends; `guess` is a wrong-key reveal from one hostile address (REVEAL_LIMITER meets it). */
export const OPERATIONS = ["create", "peek", "reveal", "list", "audit", "signin", "guess"] as const;
export type Operation = (typeof OPERATIONS)[number];

/**
 * ok: the answer the operation expects; limited: 429 (a rate limit doing its job, not an error);
 * unexpected: any other answer below 500; error: 5xx, a refused connection or a timeout.
 */
export type Outcome = "ok" | "limited" | "unexpected" | "error";

export interface Sample {
  op: Operation;
  /** Milliseconds since the soak started, when the answer had been read. */
  at: number;
  /** Milliseconds from sending to the end of the answer's body. */
  ms: number;
  /** The HTTP status, or "error" when there was none. */
  status: string;
}

export function outcomeOf(status: string, expected: number): Outcome {
  if (status === String(expected)) return "ok";
  if (status === "429") return "limited";
  const code = Number(status);
  return Number.isInteger(code) && code < 500 ? "unexpected" : "error";
}

/** Milliseconds, over the answers that were `ok` only; NaN when there were none. */
export interface Latency {
  ok: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface OperationTally extends Latency {
  limited: number;
  unexpected: number;
  errors: number;
  /** Every answer by status, expected ones included. */
  statuses: Record<string, number>;
}

export interface MinuteRow {
  /** 1-based: minute 1 is the first 60 seconds. */
  minute: number;
  requests: number;
  limited: number;
  unexpected: number;
  errors: number;
  all: Latency;
  ops: Record<Operation, OperationTally>;
}

export function latencyOf(ms: number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    ok: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export function tally(samples: Sample[], expected: Record<Operation, number>): OperationTally {
  const statuses: Record<string, number> = {};
  const counts: Record<Outcome, number> = { ok: 0, limited: 0, unexpected: 0, error: 0 };
  const okTimes: number[] = [];
  for (const sample of samples) {
    statuses[sample.status] = (statuses[sample.status] ?? 0) + 1;
    const outcome = outcomeOf(sample.status, expected[sample.op]);
    counts[outcome] += 1;
    if (outcome === "ok") okTimes.push(sample.ms);
  }
  return {
    ...latencyOf(okTimes),
    limited: counts.limited,
    unexpected: counts.unexpected,
    errors: counts.error,
    statuses,
  };
}

/** One row per started minute of `minutes`; an answer that arrives after the last minute counts in it. */
export function byMinute(samples: Sample[], minutes: number, expected: Record<Operation, number>): MinuteRow[] {
  const buckets: Sample[][] = Array.from({ length: minutes }, () => []);
  for (const sample of samples) {
    buckets[Math.min(minutes - 1, Math.floor(sample.at / 60_000))]?.push(sample);
  }
  return buckets.map((bucket, index) => {
    const whole = tally(bucket, expected);
    const ops = Object.fromEntries(
      OPERATIONS.map((op) => [
        op,
        tally(
          bucket.filter((s) => s.op === op),
          expected,
        ),
      ]),
    ) as Record<Operation, OperationTally>;
    return {
      minute: index + 1,
      requests: bucket.length,
      limited: whole.limited,
      unexpected: whole.unexpected,
      errors: whole.errors,
      all: { ok: whole.ok, p50: whole.p50, p95: whole.p95, p99: whole.p99, max: whole.max },
      ops,
    };
  });
}

/** Least-squares slope of y over x (per unit of x); NaN with fewer than two points. */
export function slope(points: { x: number; y: number }[]): number {
  if (points.length < 2) return Number.NaN;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const covariance = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  const variance = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  return variance === 0 ? Number.NaN : covariance / variance;
}

export interface Window {
  /** Inclusive 1-based minutes. */
  from: number;
  to: number;
}

/**
 * The minutes the trend compares: the first and the last sixth of the run (at least one minute each), the
 * first minute left out as warm-up (JIT, first SQLite pages) when the run has three or more.
 */
export function trendWindows(minutes: number): { first: Window; last: Window } {
  const start = minutes >= 3 ? 2 : 1;
  const span = Math.max(1, Math.round((minutes - start + 1) / 6));
  return { first: { from: start, to: start + span - 1 }, last: { from: minutes - span + 1, to: minutes } };
}

export interface Ratio {
  first: number;
  last: number;
  /** last / first: above 1 is slower (or bigger) at the end. */
  ratio: number;
}

export interface Trend {
  first: Window;
  last: Window;
  /** p95 of the ok answers pooled over each window, all operations and each. */
  p95: Record<Operation | "all", Ratio>;
  /** Answers per minute, averaged over each window. */
  throughput: Ratio;
  /** workerd's resident memory (bytes) at the end of the minutes of each window, averaged. */
  rss: Ratio;
  /** The app's CPU milliseconds per answer, averaged over the minutes of each window. */
  cpuMsPerAnswer: Ratio;
  /** Least-squares slope of workerd's RSS over the minutes after warm-up, bytes per minute. */
  rssSlopePerMinute: number;
}

export function trendOf(
  samples: Sample[],
  rows: MinuteRow[],
  series: { rss: (number | null)[]; cpuMsPerAnswer: (number | null)[] },
  expected: Record<Operation, number>,
): Trend {
  const rssByMinute = series.rss;
  const { first, last } = trendWindows(rows.length);
  const inWindow = (w: Window) => (s: Sample) => {
    const minute = Math.min(rows.length, Math.floor(s.at / 60_000) + 1);
    return minute >= w.from && minute <= w.to;
  };
  const p95Of = (w: Window, op?: Operation) =>
    tally(
      samples.filter((s) => inWindow(w)(s) && (op === undefined || s.op === op)),
      expected,
    ).p95;
  const ratio = (a: number, b: number): Ratio => ({ first: a, last: b, ratio: b / a });
  const meanOver = (w: Window, value: (minute: number) => number | null) => {
    const values: number[] = [];
    for (let minute = w.from; minute <= w.to; minute++) {
      const v = value(minute);
      if (v !== null) values.push(v);
    }
    return values.length > 0 ? values.reduce((sum, v) => sum + v, 0) / values.length : Number.NaN;
  };
  const requests = (minute: number) => rows[minute - 1]?.requests ?? null;
  const rss = (minute: number) => rssByMinute[minute - 1] ?? null;
  const cpu = (minute: number) => series.cpuMsPerAnswer[minute - 1] ?? null;
  const p95 = Object.fromEntries([
    ["all", ratio(p95Of(first), p95Of(last))],
    ...OPERATIONS.map((op) => [op, ratio(p95Of(first, op), p95Of(last, op))]),
  ]) as Record<Operation | "all", Ratio>;
  const points = rssByMinute.flatMap((y, index) => (y === null || index + 1 < first.from ? [] : [{ x: index + 1, y }]));
  return {
    first,
    last,
    p95,
    throughput: ratio(meanOver(first, requests), meanOver(last, requests)),
    rss: ratio(meanOver(first, rss), meanOver(last, rss)),
    cpuMsPerAnswer: ratio(meanOver(first, cpu), meanOver(last, cpu)),
    rssSlopePerMinute: slope(points),
  };
}
