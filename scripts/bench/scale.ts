// Does a page stay as fast when the table behind it grows 100-fold? Each case seeds local D1 to its small
// size, times its routes one request at a time, tops up to its large size and times them again.

import type { DatabaseSync } from "node:sqlite";
import type { Owner } from "./account";
import { median, runLoad } from "./load";
import { openLocalD1 } from "./local-d1";
import { log } from "./log";
import type { Sizes } from "./options";
import { auditPage } from "./scale-audit";
import type { PendingScaleCase, ScaleCase } from "./scale-case";
import { dashboardList } from "./scale-dashboard";
import { healthRequest, timed } from "./workloads";

// A new case is one ScaleCase in a file of its own; a feature not built yet can stand here as pending.
export const SCALE_CASES: (ScaleCase | PendingScaleCase)[] = [dashboardList, auditPage];

export interface ScaleResult {
  name: string;
  pending?: string;
  small?: { rows: number; p50: number; floorP50: number };
  large?: { rows: number; p50: number; floorP50: number };
  /** Median latency large / small, each taken relative to the floor measured alongside it. */
  ratio?: number;
}

export async function measureScale(origin: string, owner: Owner, stateDir: string, sizes: Sizes) {
  const results: ScaleResult[] = [];
  const db = openLocalD1(stateDir);
  try {
    for (const scaleCase of SCALE_CASES) {
      if ("pending" in scaleCase) results.push(scaleCase);
      else results.push(...(await measureCase(scaleCase, db, origin, owner, sizes)));
    }
  } finally {
    db.close();
  }
  return results;
}

async function measureCase(scaleCase: ScaleCase, db: DatabaseSync, origin: string, owner: Owner, sizes: Sizes) {
  const large = Math.max(scaleCase.small, Math.round(scaleCase.large / sizes.scaleLargeDivisor));
  const timeAll = async (rows: number) => {
    const timings: Timing[] = [];
    for (const route of scaleCase.routes) timings.push(await time(origin, route.path, owner, sizes.scaleRequests));
    const shown = timings.map((t) => `p50 ${t.p50.toFixed(2)} ms (floor ${t.floorP50.toFixed(2)} ms)`);
    log(`  with ${rows} ${scaleCase.unit}: ${shown.join("; ")}`);
    return timings;
  };
  log(`scale, ${scaleCase.name}: seeding ${scaleCase.small} ${scaleCase.unit}`);
  scaleCase.seed(db, owner.id, 0, scaleCase.small);
  const small = await timeAll(scaleCase.small);
  log(`scale, ${scaleCase.name}: seeding up to ${large} ${scaleCase.unit}`);
  scaleCase.seed(db, owner.id, scaleCase.small, large);
  const big = await timeAll(large);
  return scaleCase.routes.map((route, i): ScaleResult => {
    const before = small[i] as Timing;
    const after = big[i] as Timing;
    return {
      name: `${scaleCase.name}: ${route.name}`,
      small: { rows: scaleCase.small, ...before },
      large: { rows: large, ...after },
      ratio: after.p50 / after.floorP50 / (before.p50 / before.floorP50),
    };
  });
}

interface Timing {
  p50: number;
  /** The floor's median on the same connection, a health check before each request. */
  floorP50: number;
}

/** Median of `count` requests, one at a time, each after a health check (the machine's drift cancels out). */
async function time(origin: string, path: string, owner: Owner, count: number): Promise<Timing> {
  await expectFullPage(origin + path, owner);
  const times: number[] = [];
  const floorTimes: number[] = [];
  const requests = [timed(healthRequest, floorTimes), timed({ method: "GET", path }, times)];
  await runLoad(origin, { connections: 1, amount: 20, headers: owner.headers, requests });
  times.length = 0;
  floorTimes.length = 0;
  const stats = await runLoad(origin, { connections: 1, amount: count * 2, headers: owner.headers, requests });
  if (stats.failed > 0) throw new Error(`scale: ${path} failed: ${JSON.stringify(stats.failures)}`);
  return { p50: median(times), floorP50: median(floorTimes) };
}

/** Guards against timing an empty list: the seeded rows must be what the route reads, a full page of them. */
async function expectFullPage(url: string, owner: Owner): Promise<void> {
  const limit = Number(new URL(url).searchParams.get("limit"));
  const res = await fetch(url, { headers: owner.headers });
  const { items } = (await res.json()) as { items?: unknown[] };
  if (res.status !== 200 || items?.length !== limit) {
    throw new Error(`scale: ${url} answered ${res.status} with ${items?.length} items, not a full page of ${limit}`);
  }
}
