// Queries on the sessions table. A session row holds SHA-256 of its secret, never the secret.
import { and, eq, gt, lte } from "drizzle-orm";
import type { Database } from "./client";
import { sessions, users } from "./schema";

export function insertSession(db: Database, row: typeof sessions.$inferInsert) {
  return db.insert(sessions).values(row);
}

/** The session and its account, unless it passed its absolute expiry or sat idle since `idleSince`. */
export async function findLiveSession(db: Database, id: string, now: Date, idleSince: Date) {
  const [row] = await db
    .select({
      secretHash: sessions.secretHash,
      lastUsedAt: sessions.lastSeenAt,
      pending: sessions.pending,
      signedInAt: sessions.createdAt,
      id: users.id,
      email: users.email,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      locale: users.locale,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince)));
  return row;
}

export function touchSession(db: Database, id: string, at: Date) {
  return db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export function deleteSessionById(db: Database, id: string) {
  return db.delete(sessions).where(eq(sessions.id, id));
}

/** Every session of an account, as a statement for a batch (password change). */
export function deleteSessionsOf(db: Database, userId: string) {
  return db.delete(sessions).where(eq(sessions.userId, userId));
}

export function deleteSessionsExpiredBy(db: Database, now: Date) {
  return db.delete(sessions).where(lte(sessions.expiresAt, now));
}
