// Queries on the passkeys and recovery_codes tables.
import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Database } from "./client";
import { type PasskeyRow, passkeys, recoveryCodes } from "./schema";

export function insertPasskey(db: Database, row: typeof passkeys.$inferInsert) {
  return db.insert(passkeys).values(row);
}

export function listPasskeysOf(db: Database, userId: string): Promise<PasskeyRow[]> {
  return db.query.passkeys.findMany({ where: eq(passkeys.userId, userId), orderBy: asc(passkeys.createdAt) });
}

export async function countPasskeysOf(db: Database, userId: string): Promise<number> {
  const [row] = await db.select({ total: count() }).from(passkeys).where(eq(passkeys.userId, userId));
  return row?.total ?? 0;
}

export function findPasskey(db: Database, id: string): Promise<PasskeyRow | undefined> {
  return db.query.passkeys.findFirst({ where: eq(passkeys.id, id) });
}

/** Only ever forward: the condition on the old counter makes two racing uses of one assertion count once. */
export function recordPasskeyUse(db: Database, row: PasskeyRow, counter: number, at: Date) {
  return db
    .update(passkeys)
    .set({ counter, lastUsedAt: at })
    .where(and(eq(passkeys.id, row.id), eq(passkeys.counter, row.counter)))
    .returning({ id: passkeys.id });
}

export function deletePasskey(db: Database, userId: string, id: string) {
  return db
    .delete(passkeys)
    .where(and(eq(passkeys.userId, userId), eq(passkeys.id, id)))
    .returning({ name: passkeys.name });
}

export function deleteRecoveryCodesOf(db: Database, userId: string) {
  return db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

export function insertRecoveryCodes(db: Database, userId: string, codeHashes: string[]) {
  return db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ codeHash, userId })));
}

/** Marks the code spent and says whether it was unspent: one statement, so a code opens one sign-in only. */
export async function spendRecoveryCode(db: Database, userId: string, codeHash: string, at: Date) {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(and(eq(recoveryCodes.codeHash, codeHash), eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .returning({ codeHash: recoveryCodes.codeHash });
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.total ?? 0;
}
