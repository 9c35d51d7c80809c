// Queries on the invites table: an admin's invitation, consumed once by the invitee's password setup.
import { and, eq, gt } from "drizzle-orm";
import type { Database } from "./client";
import { invites } from "./schema";

export function insertInvite(db: Database, row: typeof invites.$inferInsert) {
  return db.insert(invites).values(row);
}

export function findLiveInvite(db: Database, userId: string, now = new Date()) {
  return db.query.invites.findFirst({ where: and(eq(invites.userId, userId), gt(invites.expiresAt, now)) });
}

/** Deleting the invite is the step that consumes it: of two racing setups, only one deletes a row. */
export async function consumeInvite(db: Database, userId: string, tokenHash: string): Promise<boolean> {
  const consumed = await db
    .delete(invites)
    .where(and(eq(invites.userId, userId), eq(invites.tokenHash, tokenHash)))
    .returning({ userId: invites.userId });
  return consumed.length > 0;
}

/** A new invite for the account, replacing any earlier one: the old setup link stops working. */
export function replaceInvite(db: Database, row: typeof invites.$inferInsert) {
  return db
    .insert(invites)
    .values(row)
    .onConflictDoUpdate({
      target: invites.userId,
      set: { tokenHash: row.tokenHash, invitedBy: row.invitedBy, expiresAt: row.expiresAt, createdAt: new Date() },
    });
}
