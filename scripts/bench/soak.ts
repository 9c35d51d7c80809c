// `npm run bench -- --soak MINUTES`: the mixed traffic of soak-traffic.ts at a steady, modest rate for the
// given minutes, on the app main.ts started. Each minute gives latency percentiles per operation, the 429s
// (expected: the limits stay on), the errors (never expected) and the workerd processes' memory, so a
// leak or a slowdown shows as a trend rather than as one number.
import { availableParallelism } from "node:os";
import { sealBodies } from "./account";
import { createsPerAccount } from "./account-pool";
import type { RunningApp } from "./app";
import { sleep } from "./app";
import { log } from "./log";
import { type ProcessReading, readProcesses } from "./soak-readings";
import {
  byMinute,
  type MinuteRow,
  OPERATIONS,
  type Operation,
  type OperationTally,
  outcomeOf,
  type Sample,
  type Trend,
  tally,
  trendOf,
} from "./soak-stats";
import { EXPECTED, mixedTraffic, signUpOwners, WEIGHTS } from "./soak-traffic";

/** Requests started per second, over all workers: steady, well below what the machine can answer. */
export const SOAK_RATE = 20;
/** Requests in flight at most. */
export const SOAK_WORKERS = 4;
const READ_EVERY_MS = 10_000;
/** Errors printed as they happen, per minute; the rest are counted. */
const LOUD_ERRORS_PER_MINUTE = 5;

export interface SoakResults {
  meta: {
    startedAt: string;
    mode: "soak";
    minutes: number;
    ratePerSecond: number;
    workers: number;
    accounts: number;
    weights: typeof WEIGHTS;
    expected: typeof EXPECTED;
    node: string;
    cpus: number;
    revision: string;
  };
  minutes: (MinuteRow & {
    /** The reading closest to the minute's end. */
    reading: ProcessReading | null;
    /** CPU time the app's processes spent in the minute, per answer of the minute: the machine's load aside. */
    cpuMsPerAnswer: number | null;
  })[];
  /** The whole run, per operation. */
  overall: Record<Operation, OperationTally>;
  /** Every reading, READ_EVERY_MS apart (the first before any traffic, the last after it). */
  readings: ProcessReading[];
  trend: Trend;
  /** Secrets created and never revealed when the run ended (still active, expiring within the hour). */
  unrevealed: number;
}

export async function runSoak(app: RunningApp, tree: string, revision: string, minutes: number): Promise<SoakResults> {
  const startedAt = new Date().toISOString();
  // Enough accounts that the creates fit under CREATE_LIMITER with room to spare: creates are meant to
  // succeed, while the hostile guesses meet REVEAL_LIMITER.
  const createsPerMinute = (SOAK_RATE * 60 * WEIGHTS.create) / 100;
  const limit = createsPerAccount(tree);
  const accountCount = Number.isFinite(limit) ? Math.max(2, Math.ceil((createsPerMinute * 1.5) / limit)) : 2;
  log(`soak: signing up ${accountCount} owners`);
  const accounts = await signUpOwners(app.origin, `soak-${Date.now().toString(36)}`, accountCount);
  const traffic = mixedTraffic(app.origin, accounts, await sealBodies(64));

  log(`soak: ${minutes} min at ${SOAK_RATE} requests/s, ${SOAK_WORKERS} in flight at most`);
  const start = performance.now();
  const at = () => performance.now() - start;
  const end = minutes * 60_000;
  const samples: Sample[] = [];
  const readings: ProcessReading[] = [readProcesses(app.pid, app.stateDir, 0)];
  const loud = new Map<number, number>();

  const sampler = setInterval(() => readings.push(readProcesses(app.pid, app.stateDir, at())), READ_EVERY_MS);
  let minuteLogged = 0;
  const ticker = setInterval(() => {
    const minute = Math.floor(at() / 60_000);
    if (minute > minuteLogged && minute <= minutes) {
      logMinute(samples, minute, readings.at(-1));
      minuteLogged = minute;
    }
  }, 1000);

  let nextSlot = 0;
  const worker = async () => {
    for (;;) {
      const now = at();
      // A slow minute does not earn a burst afterwards: at most a second of backlog is kept.
      nextSlot = Math.max(nextSlot, now - 1000);
      const slot = nextSlot;
      if (slot >= end) return;
      nextSlot += 1000 / SOAK_RATE;
      if (slot > now) await sleep(slot - now);
      const sample = await traffic.next(at);
      samples.push(sample);
      const outcome = outcomeOf(sample.status, EXPECTED[sample.op]);
      if (outcome === "error" || outcome === "unexpected") {
        const minute = Math.floor(sample.at / 60_000);
        const count = (loud.get(minute) ?? 0) + 1;
        loud.set(minute, count);
        if (count <= LOUD_ERRORS_PER_MINUTE)
          log(`${outcome.toUpperCase()}: ${sample.op} answered ${sample.status} after ${sample.ms.toFixed(0)} ms`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: SOAK_WORKERS }, worker));
  } finally {
    clearInterval(sampler);
    clearInterval(ticker);
  }
  readings.push(readProcesses(app.pid, app.stateDir, at()));
  if (minuteLogged < minutes) logMinute(samples, minutes, readings.at(-1));

  const rows = byMinute(samples, minutes, EXPECTED);
  const atEnd = rows.map((row) => lastReadingOf(readings, row.minute, minutes));
  const cpuMsPerAnswer = rows.map((row, i) => {
    const before = i === 0 ? readings[0] : atEnd[i - 1];
    const after = atEnd[i];
    if (!before || !after || row.requests === 0) return null;
    return ((after.appCpuSeconds - before.appCpuSeconds) * 1000) / row.requests;
  });
  const rss = atEnd.map((m) => m?.workerdRssBytes ?? null);
  const trend = trendOf(samples, rows, { rss, cpuMsPerAnswer }, EXPECTED);
  return {
    meta: {
      startedAt,
      mode: "soak",
      minutes,
      ratePerSecond: SOAK_RATE,
      workers: SOAK_WORKERS,
      accounts: accountCount,
      weights: WEIGHTS,
      expected: EXPECTED,
      node: process.version,
      cpus: availableParallelism(),
      revision,
    },
    minutes: rows.map((row, i) => ({ ...row, reading: atEnd[i] ?? null, cpuMsPerAnswer: cpuMsPerAnswer[i] ?? null })),
    overall: Object.fromEntries(
      OPERATIONS.map((op) => [
        op,
        tally(
          samples.filter((s) => s.op === op),
          EXPECTED,
        ),
      ]),
    ) as Record<Operation, OperationTally>,
    readings,
    trend,
    unrevealed: traffic.unrevealed(),
  };
}

/** The reading taken closest to the minute's end (for the last minute: the one taken after the run). */
function lastReadingOf(readings: ProcessReading[], minute: number, minutes: number): ProcessReading | null {
  if (minute === minutes) return readings.at(-1) ?? null;
  const distance = (m: ProcessReading) => Math.abs(m.at - minute * 60_000);
  return readings.reduce<ProcessReading | null>((best, m) => (!best || distance(m) < distance(best) ? m : best), null);
}

function logMinute(samples: Sample[], minute: number, reading: ProcessReading | undefined): void {
  const [row] = byMinute(
    samples.filter((s) => Math.floor(s.at / 60_000) === minute - 1),
    1,
    EXPECTED,
  );
  if (!row) return;
  const rss = reading ? `${(reading.workerdRssBytes / 2 ** 20).toFixed(0)} MB` : "?";
  log(
    `minute ${minute}: ${row.requests} answers, p95 ${row.all.p95.toFixed(1)} ms, 429 x${row.limited}, ` +
      `unexpected ${row.unexpected}, errors ${row.errors}, workerd RSS ${rss}, load ${reading?.loadAverage ?? "?"}`,
  );
}
