// API tokens for scripts: "Authorization: Bearer olk_<id>.<secret>". The prefix lets secret scanners
// recognise a leaked token. Deleting the row revokes it for the very next request.
import { eq } from "drizzle-orm";
import type { User } from "../../protocol/api";
import type { Database } from "../db/client";
import { apiTokens, users } from "../db/schema";
import { presentUser } from "./present-user";
import { parseSplitToken, secretMatches } from "./split-token";

export const TOKEN_PREFIX = "olk_";
/** lastUsedAt is written at most this often per token, to keep D1 writes off busy scripts' path. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function validateApiToken(db: Database, bearer: string): Promise<User | null> {
  const token = parseSplitToken(bearer, TOKEN_PREFIX);
  if (!token) return null;
  const [row] = await db
    .select({
      secretHash: apiTokens.secretHash,
      lastUsedAt: apiTokens.lastUsedAt,
      id: users.id,
      email: users.email,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.id, token.id));
  if (!row || !(await secretMatches(token.secret, row.secretHash))) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: new Date(now) })
      .where(eq(apiTokens.id, token.id));
  }
  return presentUser(row);
}
