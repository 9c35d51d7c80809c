// Queries on email verification links. Each account has at most one live token (a resend replaces it),
// and a use consumes it by deleting the row.
import { and, eq, gt, lte, sql } from "drizzle-orm";
import type { Database } from "./client";
import { emailVerifications, users } from "./schema";

const VERIFICATION_TTL_MS = 24 * 3600 * 1000;

/** Stores a new token's hash for the account; an earlier link of the account stops working at once. */
export async function replaceVerificationToken(db: Database, userId: string, tokenHash: string, now = Date.now()) {
  const row = { tokenHash, createdAt: new Date(now), expiresAt: new Date(now + VERIFICATION_TTL_MS) };
  await db
    .insert(emailVerifications)
    .values({ userId, ...row })
    .onConflictDoUpdate({ target: emailVerifications.userId, set: row });
}

/**
 * Deletes the token's row if it is still live and answers whose it was. The delete is the step that
 * consumes it: of two racing uses, only one gets a row back.
 */
export async function consumeVerificationToken(db: Database, tokenHash: string, now = new Date()) {
  const [row] = await db
    .delete(emailVerifications)
    .where(and(eq(emailVerifications.tokenHash, tokenHash), gt(emailVerifications.expiresAt, now)))
    .returning({ userId: emailVerifications.userId });
  return row?.userId ?? null;
}

/** Marks the address verified; a second verification keeps the first time. */
export function markEmailVerified(db: Database, userId: string, at = new Date()) {
  return db
    .update(users)
    .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${at.getTime()})` })
    .where(eq(users.id, userId));
}

export function deleteVerificationTokensExpiredBy(db: Database, now: Date) {
  return db.delete(emailVerifications).where(lte(emailVerifications.expiresAt, now));
}
