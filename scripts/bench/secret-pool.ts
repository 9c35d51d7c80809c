// Secrets made ahead of a run that reveals them (untimed). Creates can fail now and then under local load,
// for one: `wrangler dev` answers 503 while it reloads a Worker whose source just changed, so top up again.

import type { SealedBody } from "./account";
import type { AccountPool } from "./account-pool";
import { runLoad } from "./load";
import { log } from "./log";
import { create, type ExistingSecret } from "./workloads";

const ATTEMPTS = 3;

/** Adds secrets to `pool` until it holds `size`; throws when three rounds still fall short. */
export async function fillPool(
  origin: string,
  accounts: AccountPool,
  bodies: SealedBody[],
  pool: ExistingSecret[],
  size: number,
): Promise<void> {
  for (let attempt = 1; attempt <= ATTEMPTS && pool.length < size; attempt++) {
    const amount = size - pool.length;
    await accounts.reserve(amount);
    const stats = await runLoad(origin, {
      connections: Math.min(32, amount),
      amount,
      ...create(accounts, bodies, pool),
    });
    if (stats.failed > 0) log(`  creating ${amount} secrets: failed ${JSON.stringify(stats.failures)}`);
  }
  if (pool.length < size) throw new Error(`only ${pool.length} of ${size} secrets could be created`);
}
