// The request-path measurements: the floor (health, no storage) and the secret routes, each at 32
// connections and one request at a time, so every case can be read as a ratio to the floor of this run.

import { sealBodies } from "./account";
import type { AccountPool } from "./account-pool";
import { type LoadStats, runLoad, summarize } from "./load";
import { log } from "./log";
import type { ApiCaseKey, Sizes } from "./options";
import { fillPool } from "./secret-pool";
import type { ExistingSecret, Workload } from "./workloads";
import * as workloads from "./workloads";

export interface ApiCase {
  key: ApiCaseKey;
  name: string;
  /** 32 connections. */
  busy: LoadStats;
  /** One connection, one request at a time. */
  serial: LoadStats;
  /** The floor's median on that same connection, one health check before each unit (the floor's own: its run). */
  serialFloorP50: number;
}

export interface ApiResults {
  floor: ApiCase;
  cases: ApiCase[];
}

const BUSY_CONNECTIONS = 32;
const WARM_UP_UNITS = 32;
const PEEK_POOL = 64;

export async function measureApi(origin: string, accounts: AccountPool, sizes: Sizes): Promise<ApiResults> {
  /** Runs until `units` units have answered; a unit of more than one request counts each of them. */
  const run = async (workload: Workload, connections: number, units: number) => {
    const amount = units * workload.requests.length;
    const stats = await runLoad(origin, { connections, amount, ...workload });
    return summarize(workload.unitTimes, stats.seconds, stats.failures);
  };
  /**
   * One connection, each unit preceded by a health check: the two medians come from the same moments, so
   * their ratio holds up on a machine whose load drifts while the bench runs.
   */
  const serial = async (workload: Workload) => {
    const floorTimes: number[] = [];
    const requests = [workloads.timed(workloads.healthRequest, floorTimes), ...workload.requests];
    const amount = sizes.serial * requests.length;
    const stats = await runLoad(origin, { connections: 1, amount, requests });
    const floorP50 = summarize(floorTimes, stats.seconds, {}).p50;
    return { stats: summarize(workload.unitTimes, stats.seconds, stats.failures), floorP50 };
  };
  /** Warm up, then measure at 32 connections and at one; `creates` marks cases that create secrets. */
  const measure = async (key: ApiCaseKey, name: string, make: () => Workload, creates = false): Promise<ApiCase> => {
    log(`${name}`);
    if (creates) await accounts.reserve(WARM_UP_UNITS + sizes.busy[key] + sizes.serial);
    await run(make(), 8, WARM_UP_UNITS);
    const busy = await run(make(), BUSY_CONNECTIONS, sizes.busy[key]);
    const paired = key === "floor" ? undefined : await serial(make());
    const alone = paired?.stats ?? (await run(make(), 1, sizes.serial));
    log(`  ${describe(busy)} @32; ${describe(alone)} @1`);
    return { key, name, busy, serial: alone, serialFloorP50: paired?.floorP50 ?? alone.p50 };
  };

  const floor = await measure("floor", "floor: GET /api/health", workloads.health);
  const bodies = await sealBodies(64);
  const created: ExistingSecret[] = [];
  const create = await measure(
    "create",
    "create (client-encrypted body)",
    () => workloads.create(accounts, bodies, created),
    true,
  );
  // Reveals need one existing secret each: top the pool up (untimed) with what the create run left short.
  await fillPool(origin, accounts, bodies, created, PEEK_POOL + WARM_UP_UNITS + sizes.busy.reveal + sizes.serial);
  const peekPool = created.splice(0, PEEK_POOL);
  const peek = await measure("peek", "peek GET /api/secrets/:id", () => workloads.peek(peekPool));
  const reveal = await measure("reveal", "reveal of an existing secret", () => workloads.reveal(created));
  const pair = await measure("pair", "create+reveal pair", () => workloads.createThenReveal(accounts, bodies), true);
  return { floor, cases: [create, peek, reveal, pair] };
}

function describe(stats: LoadStats): string {
  const failed = stats.failed > 0 ? `, failed ${JSON.stringify(stats.failures)}` : "";
  return `${stats.requestsPerSecond.toFixed(0)}/s p50 ${stats.p50.toFixed(2)} ms p99 ${stats.p99.toFixed(2)} ms${failed}`;
}
