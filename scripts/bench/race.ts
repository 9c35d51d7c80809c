// Exactly-once at scale: many one-view secrets, each raced by a crowd of reveals that all hold the right
// proof. More than one 200 for a secret is a double read, the one thing this service must never do.

import { sealBodies } from "./account";
import type { AccountPool } from "./account-pool";
import { log } from "./log";
import type { Sizes } from "./options";
import { fillPool } from "./secret-pool";
import { type ExistingSecret, revealOf } from "./workloads";

export interface RaceResult {
  secrets: number;
  revealsPerSecret: number;
  /** Secrets that answered 200 more than once: must be 0. */
  doubleReads: number;
  /** Secrets that no reveal got: not a leak, but each one is a failed reveal worth reading the log for. */
  neverRead: number;
  /** Every answer of the race by status ("error" for a failed connection). */
  statuses: Record<string, number>;
  seconds: number;
}

/** Secrets raced at the same time: 16 x 20 = 320 requests in flight. */
const SECRETS_PER_WAVE = 16;

export async function raceReveals(origin: string, accounts: AccountPool, sizes: Sizes): Promise<RaceResult> {
  log(`race, ${sizes.raceSecrets} secrets x ${sizes.raceWidth} reveals`);
  const created: ExistingSecret[] = [];
  await fillPool(origin, accounts, await sealBodies(64), created, sizes.raceSecrets);

  const wins = new Map<string, number>();
  const statuses: Record<string, number> = {};
  const started = performance.now();
  for (let i = 0; i < created.length; i += SECRETS_PER_WAVE) {
    const wave = created.slice(i, i + SECRETS_PER_WAVE);
    const attempts = wave.flatMap((secret) =>
      Array.from({ length: sizes.raceWidth }, () => revealOnce(origin, secret)),
    );
    for (const { id, status } of await Promise.all(attempts)) {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === "200") wins.set(id, (wins.get(id) ?? 0) + 1);
    }
  }
  const counts = created.map((secret) => wins.get(secret.id) ?? 0);
  return {
    secrets: created.length,
    revealsPerSecret: sizes.raceWidth,
    doubleReads: counts.filter((n) => n > 1).length,
    neverRead: counts.filter((n) => n === 0).length,
    statuses,
    seconds: (performance.now() - started) / 1000,
  };
}

async function revealOnce(origin: string, secret: ExistingSecret): Promise<{ id: string; status: string }> {
  const request = revealOf(secret);
  try {
    const res = await fetch(origin + request.path, { method: "POST", headers: request.headers, body: request.body });
    await res.arrayBuffer();
    return { id: secret.id, status: String(res.status) };
  } catch {
    return { id: secret.id, status: "error" };
  }
}
