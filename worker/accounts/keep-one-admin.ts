// The database keeps one admin (migrations 0005 and 0006): demoting or removing the last one answers 409
// last_admin. The trigger decides races; the check before it spares work that would be undone.
import { and, eq, ne, or, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { type UserRow, users } from "../db/schema";
import { ApiError } from "../http/errors";

export const lastAdmin = () =>
  new ApiError(409, "last_admin", "This is the last admin: make another member an admin first, then try again.");

/** The trigger's RAISE(ABORT, 'last_admin') reaches us as a D1 error whose message names it. */
export async function keepingOneAdmin(change: Promise<void>): Promise<void> {
  try {
    await change;
  } catch (error) {
    if (error instanceof Error && /last_admin/.test(`${error.message} ${String(error.cause ?? "")}`)) {
      throw lastAdmin();
    }
    throw error;
  }
}

/** Refuses to remove the account when it is the admin the trigger keeps (one with a password or SSO). */
export async function assertNotLastAdmin(db: Database, account: UserRow): Promise<void> {
  if (account.role !== "admin") return;
  const other = await db.query.users.findFirst({
    columns: { id: true },
    where: and(
      eq(users.role, "admin"),
      ne(users.id, account.id),
      or(ne(users.passwordHash, ""), sql`${users.ssoLinkedAt} IS NOT NULL`),
    ),
  });
  if (!other) throw lastAdmin();
}
