// Queries on the users table (accounts). Routes call these; none of them builds SQL itself.
import { asc, count, eq, sql } from "drizzle-orm";
import type { Database } from "./client";
import { type UserRow, users } from "./schema";

export async function emailTaken(db: Database, email: string): Promise<boolean> {
  return (await db.query.users.findFirst({ where: eq(users.email, email), columns: { id: true } })) !== undefined;
}

export async function countAccounts(db: Database): Promise<number> {
  const [row] = await db.select({ total: count() }).from(users);
  return row?.total ?? 0;
}

/** Databases this isolate has seen hold an account: the database always keeps its last admin (409 last_admin). */
const populated = new WeakSet<D1Database>();

/**
 * Whether any account exists, for the signed-out page's "the first account becomes the admin". Once
 * true it stays true (the last admin cannot be removed), so each isolate asks D1 once, not per visit.
 */
export async function accountsExist(binding: D1Database, db: Database): Promise<boolean> {
  if (populated.has(binding)) return true;
  const exists = (await countAccounts(db)) > 0;
  if (exists) populated.add(binding);
  return exists;
}

/**
 * A new account, as a statement for a batch. With `role: "first-admin"` the role is decided inside the
 * insert, so two first sign-ups racing cannot both become admin.
 */
export function insertAccount(
  db: Database,
  account: Omit<UserRow, "role" | "createdAt" | "emailVerifiedAt" | "ssoLinkedAt" | "locale"> & {
    role: UserRow["role"] | "first-admin";
    emailVerifiedAt?: Date | null;
    ssoLinkedAt?: Date | null;
    locale?: string | null;
  },
) {
  const role =
    account.role === "first-admin"
      ? sql`(CASE WHEN EXISTS (SELECT 1 FROM users) THEN 'member' ELSE 'admin' END)`
      : account.role;
  return db.insert(users).values({ ...account, role });
}

export function findAccountById(db: Database, id: string): Promise<UserRow | undefined> {
  return db.query.users.findFirst({ where: eq(users.id, id) });
}

export function findAccountByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  return db.query.users.findFirst({ where: eq(users.email, email) });
}

/** Every account, oldest first: the admins' member list. */
export function listAccounts(db: Database): Promise<UserRow[]> {
  return db.query.users.findMany({ orderBy: asc(users.createdAt) });
}

export function setPasswordHash(db: Database, userId: string, passwordHash: string) {
  return db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** An identity provider vouched for the address: it counts as verified, and the account as linked to SSO. */
export function linkSso(db: Database, userId: string, at: Date, role: UserRow["role"]) {
  return db
    .update(users)
    .set({
      ssoLinkedAt: sql`coalesce(${users.ssoLinkedAt}, ${at.getTime()})`,
      emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${at.getTime()})`,
      role,
    })
    .where(eq(users.id, userId));
}

/** As a statement for a batch; the database refuses to demote the last admin (migration 0005). */
export function setRole(db: Database, userId: string, role: UserRow["role"]) {
  return db.update(users).set({ role }).where(eq(users.id, userId));
}

/** Sessions, tokens and invites go with the account (ON DELETE CASCADE); its secrets stay until they end. */
export function deleteAccount(db: Database, userId: string) {
  return db.delete(users).where(eq(users.id, userId));
}

/** The account's language for its mails (PATCH /api/me). */
export function setLocale(db: Database, userId: string, locale: string) {
  return db.update(users).set({ locale }).where(eq(users.id, userId));
}
