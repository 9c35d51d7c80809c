// Queries on the api_tokens table. A token row holds SHA-256 of its secret, never the secret.
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "./client";
import { type ApiTokenRow, apiTokens, users } from "./schema";

export function insertApiToken(db: Database, row: ApiTokenRow) {
  return db.insert(apiTokens).values(row);
}

/** The account's tokens, newest first. */
export function listApiTokens(db: Database, userId: string): Promise<ApiTokenRow[]> {
  return db.query.apiTokens.findMany({ where: eq(apiTokens.userId, userId), orderBy: desc(apiTokens.createdAt) });
}

const owned = (id: string, userId: string) => and(eq(apiTokens.id, id), eq(apiTokens.userId, userId));

/** Object-level authorization lives in the query: another account's token is not found. */
export function findOwnedApiToken(db: Database, id: string, userId: string): Promise<ApiTokenRow | undefined> {
  return db.query.apiTokens.findFirst({ where: owned(id, userId) });
}

export function deleteOwnedApiToken(db: Database, id: string, userId: string) {
  return db.delete(apiTokens).where(owned(id, userId));
}

/** Every token of an account, as a statement for a batch (password change). */
export function deleteApiTokensOf(db: Database, userId: string) {
  return db.delete(apiTokens).where(eq(apiTokens.userId, userId));
}

/** The token and its account, for a bearer header. */
export async function findApiTokenAccount(db: Database, id: string) {
  const [row] = await db
    .select({
      secretHash: apiTokens.secretHash,
      lastUsedAt: apiTokens.lastUsedAt,
      id: users.id,
      email: users.email,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      locale: users.locale,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.id, id));
  return row;
}

export function touchApiToken(db: Database, id: string, at: Date) {
  return db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
