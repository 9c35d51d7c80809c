// The cron's sweep: whatever is past its time and still marked active in D1 becomes expired, and its
// vault is told to end too. The vault's own alarm normally got there first; both paths are idempotent.
import { auditInsert } from "../audit/commit-with-audit";
import { openDatabase } from "../db/client";
import { expireOverdueSecrets } from "../db/secrets";
import { noticeChange } from "../feed/feed-notice";
import { vaultFor } from "../vault/vault-for";

const BATCH = 200;

export async function expireOverdue(env: Env, now = new Date()): Promise<number> {
  const db = openDatabase(env.DB);
  let total = 0;
  for (;;) {
    const expired = await expireOverdueSecrets(db, now, BATCH);
    const vaults = await Promise.all(expired.map((row) => vaultFor(env, row.id).expireIfDue()));
    // A vault records its own expiry; one that no longer exists cannot, so the sweep records it here.
    const orphans = expired.filter((_, i) => vaults[i] === "absent");
    if (orphans.length > 0) {
      await auditInsert(
        db,
        ...orphans.map((row) => ({
          action: "expire" as const,
          resourceType: "secret" as const,
          resourceId: row.id,
          resourceName: row.name,
          ownerId: row.ownerId,
          at: row.expiresAt.getTime(),
          details: { by: "cron" },
        })),
      );
    }
    // The sweep wrote these rows itself: their owners' dashboards hear of it here (a vault that had
    // something to deliver also tells them; a second notice costs one refetch).
    await Promise.all([...new Set(expired.map((row) => row.ownerId))].map((owner) => noticeChange(env, owner)));
    total += expired.length;
    if (expired.length < BATCH) return total;
  }
}
