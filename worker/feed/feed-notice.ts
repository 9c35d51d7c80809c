// Telling an account's open dashboards that its secrets changed (feed/account-feed.ts). Called after D1 holds
// the change, so the refetch it causes sees it; never awaited by the change's own answer, and a failure here
// never fails the change: a dashboard that missed a notice still refetches whenever its socket reconnects.

/** The feed of this account's dashboards: one per account, found by the account's id. */
export function feedFor(env: Env, accountId: string) {
  return env.ACCOUNT_FEED.get(env.ACCOUNT_FEED.idFromName(accountId));
}

/** Resolves once the feed was told, or telling it failed; never rejects. Anonymous secrets have no feed. */
export async function noticeChange(env: Env, ownerId: string | null): Promise<void> {
  if (!ownerId) return;
  try {
    await feedFor(env, ownerId).notify();
  } catch {
    // The change stands; only the push was lost (see above).
  }
}

/**
 * Closes the account's sockets opened with these credentials (`feedCredential`), or all of them (null),
 * once the credential has ended; like a notice, it never fails what ended it.
 */
export async function closeFeedSockets(env: Env, accountId: string, credentials: string[] | null): Promise<void> {
  try {
    await feedFor(env, accountId).closeSockets(credentials);
  } catch {
    // The credential is gone all the same: the socket only hears "changed", and its refetches answer 401.
  }
}

export const feedCredential = (kind: "session" | "token", id: string) => `${kind}:${id}`;
