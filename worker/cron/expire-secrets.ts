// The cron's sweep: whatever is past its time and still marked active in D1 becomes expired, and its
// vault is told to end too. The vault's own alarm normally got there first; both paths are idempotent.
import { openDatabase } from "../db/client";
import { expireOverdueSecrets } from "../db/secret-records";
import { vaultFor } from "../vault/vault-for";

const BATCH = 200;

export async function expireOverdue(env: Env, now = new Date()): Promise<number> {
  const db = openDatabase(env.DB);
  let total = 0;
  for (;;) {
    const ids = await expireOverdueSecrets(db, now, BATCH);
    await Promise.all(ids.map((id) => vaultFor(env, id).expireIfDue()));
    total += ids.length;
    if (ids.length < BATCH) return total;
  }
}
