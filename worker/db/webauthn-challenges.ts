// WebAuthn challenges: stored when handed out, deleted when answered. D1 rather than KV because consuming
// must be atomic (DELETE ... RETURNING): KV's read-then-delete would let two racing answers both pass.
import { and, eq, isNull, lte } from "drizzle-orm";
import type { Database } from "./client";
import { webauthnChallenges } from "./schema";

export type ChallengePurpose = (typeof webauthnChallenges.$inferSelect)["purpose"];

export function insertChallenge(db: Database, row: typeof webauthnChallenges.$inferInsert) {
  return db.insert(webauthnChallenges).values(row);
}

/** True once for a live challenge of this purpose and account (null: passwordless sign-in); it is gone after. */
export async function consumeChallenge(
  db: Database,
  challenge: string,
  purpose: ChallengePurpose,
  userId: string | null,
  now: Date,
): Promise<boolean> {
  const owner = userId === null ? isNull(webauthnChallenges.userId) : eq(webauthnChallenges.userId, userId);
  const rows = await db
    .delete(webauthnChallenges)
    .where(and(eq(webauthnChallenges.challenge, challenge), eq(webauthnChallenges.purpose, purpose), owner))
    .returning({ expiresAt: webauthnChallenges.expiresAt });
  return rows.some((row) => row.expiresAt > now);
}

export function deleteChallengesExpiredBy(db: Database, now: Date) {
  return db.delete(webauthnChallenges).where(lte(webauthnChallenges.expiresAt, now));
}
