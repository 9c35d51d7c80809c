// Command line and run sizes. `--quick` keeps every measurement but shrinks the counts to seconds;
// `--soak MINUTES` runs the long mixed-traffic run (soak.ts) instead of the measurements.

/** The request-path cases api.ts measures; named here, where each is given its counts. */
export type ApiCaseKey = "floor" | "create" | "peek" | "reveal" | "pair";

export interface Sizes {
  /**
   * Units each 32-connection run waits for, by case. Counts rather than seconds: a timed run would drop
   * the requests still in flight at its end, and a create+reveal pair can take seconds under load.
   */
  busy: Record<ApiCaseKey, number>;
  /** Units timed one after another on a single connection. */
  serial: number;
  raceSecrets: number;
  raceWidth: number;
  /** Requests timed per route and size in the scale runs. */
  scaleRequests: number;
  /** The scale runs' large sizes are divided by this (quick: a fortieth, 25k events rather than 1M). */
  scaleLargeDivisor: number;
  /** Requests timed per route with and without the storage delay (hops.ts). */
  hopReps: number;
  /** Requests per kind whose CPU time is measured (cpu.ts). */
  cpu: { floor: number; create: number; peek: number; reveal: number; signIn: number };
  /** MiB of the file uploaded and downloaded through the chunk routes (files.ts). */
  fileMiB: number;
}

export interface Options {
  quick: boolean;
  check: boolean;
  sizes: Sizes;
  /** ms the storage meter holds back each D1 call and Durable Object request in the round-trip runs. */
  hopDelayMs: number;
  /** Minutes of mixed traffic, instead of the measurements; undefined: the usual bench. */
  soak?: number;
}

export const USAGE = "usage: npm run bench -- [--quick] [--check] [--hop-delay MS] | npm run bench -- --soak MINUTES";

/** Large beside the noise of a busy 2-core machine (tens of ms), small enough for a quick run. */
export const DEFAULT_HOP_DELAY_MS = 100;

const FULL: Sizes = {
  busy: { floor: 4000, create: 600, peek: 2000, reveal: 1000, pair: 300 },
  serial: 300,
  raceSecrets: 1000,
  raceWidth: 20,
  scaleRequests: 200,
  scaleLargeDivisor: 1,
  hopReps: 15,
  cpu: { floor: 300, create: 60, peek: 300, reveal: 60, signIn: 20 },
  fileMiB: 50,
};

const QUICK: Sizes = {
  busy: { floor: 200, create: 64, peek: 100, reveal: 64, pair: 32 },
  serial: 20,
  raceSecrets: 10,
  raceWidth: 20,
  scaleRequests: 30,
  scaleLargeDivisor: 40,
  hopReps: 5,
  cpu: { floor: 60, create: 20, peek: 60, reveal: 20, signIn: 4 },
  fileMiB: 20,
};

export function parseOptions(argv: string[]): Options {
  const soakAt = argv.indexOf("--soak");
  if (soakAt >= 0) {
    const value = argv[soakAt + 1] ?? "";
    const rest = argv.filter((_, i) => i !== soakAt && i !== soakAt + 1);
    if (!/^[1-9]\d*$/.test(value)) {
      throw new Error(`--soak takes a whole number of minutes (1 or more), not "${value}"; ${USAGE}`);
    }
    if (rest.length > 0) throw new Error(`--soak runs alone; unexpected ${rest.join(" ")}; ${USAGE}`);
    return { quick: false, check: false, sizes: FULL, hopDelayMs: DEFAULT_HOP_DELAY_MS, soak: Number(value) };
  }
  let hopDelayMs = DEFAULT_HOP_DELAY_MS;
  const delayAt = argv.indexOf("--hop-delay");
  if (delayAt >= 0) {
    const value = argv[delayAt + 1] ?? "";
    // The app takes 0-1000 ms; under 10 the round trips drown in the noise of a local run.
    if (!/^\d+$/.test(value) || Number(value) < 10 || Number(value) > 1000) {
      throw new Error(`--hop-delay takes a whole number of ms from 10 to 1000, not "${value}"; ${USAGE}`);
    }
    hopDelayMs = Number(value);
  }
  const rest = argv.filter((_, i) => delayAt < 0 || (i !== delayAt && i !== delayAt + 1));
  const known = new Set(["--quick", "--check"]);
  const unknown = rest.filter((arg) => !known.has(arg));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(" ")}; ${USAGE}`);
  const quick = argv.includes("--quick");
  return { quick, check: argv.includes("--check"), sizes: quick ? QUICK : FULL, hopDelayMs };
}
