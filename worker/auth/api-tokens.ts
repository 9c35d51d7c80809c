// API tokens for scripts: "Authorization: Bearer olk_<id>.<secret>". The prefix lets secret scanners
// recognise a leaked token. Deleting the row revokes it for the very next request.
import type { User } from "../../protocol/api";
import { findApiTokenAccount, touchApiToken } from "../db/api-tokens";
import type { Database } from "../db/client";
import { acceptCredential } from "./accept-credential";
import { parseSplitToken } from "./split-token";

export const TOKEN_PREFIX = "olk_";
/** lastUsedAt is written at most this often per token, to keep D1 writes off busy scripts' path. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function validateApiToken(db: Database, bearer: string): Promise<User | null> {
  const token = parseSplitToken(bearer, TOKEN_PREFIX);
  if (!token) return null;
  const row = await findApiTokenAccount(db, token.id);
  return acceptCredential(row, token.secret, LAST_USED_RESOLUTION_MS, (at) => touchApiToken(db, token.id, at));
}
