// Sessions and API tokens are both split tokens: D1 keeps SHA-256 of the secret beside a last-use time.
// Accepting one is the same steps for both, so they live here once.
import type { User } from "../../protocol/api";
import { type PresentedUserRow, presentUser } from "./present-user";
import { secretMatches } from "./split-token";

type CredentialRow = PresentedUserRow & {
  secretHash: string;
  lastUsedAt: Date | null;
};

/**
 * The account behind a stored credential whose secret matches (in constant time), or null. The last-use
 * time is refreshed at most once per `resolutionMs`: writing it on every request would be a D1 write each.
 */
export async function acceptCredential(
  row: CredentialRow | undefined,
  secret: string,
  resolutionMs: number,
  touch: (at: Date) => Promise<unknown>,
): Promise<User | null> {
  if (!row || !(await secretMatches(secret, row.secretHash))) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > resolutionMs) await touch(new Date(now));
  return presentUser(row);
}
