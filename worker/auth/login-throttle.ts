// Failed sign-ins per (email, client IP), counted in KV for 15 minutes (short-lived state, which is what
// this app keeps in KV). Keyed by the pair, a guesser is locked out of one account from their address,
// while the account's owner, elsewhere, is not: an attacker cannot lock a victim out. Guessing from many
// addresses meets the per-email rate limit instead. KV is eventually consistent, so the count is
// approximate; it expires by itself.
import { encodeBase64Url } from "../../protocol/base64url";
import { sha256 } from "../../protocol/envelope";
import { ApiError } from "../http/errors";

export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_SECONDS = 900;

async function keyFor(email: string, ip: string): Promise<string> {
  const digest = await sha256(new Uint8Array(new TextEncoder().encode(`${email}\n${ip}`)));
  return `login-failures:${encodeBase64Url(digest)}`;
}

export async function assertLoginAllowed(kv: KVNamespace, email: string, ip: string): Promise<void> {
  const failures = Number((await kv.get(await keyFor(email, ip))) ?? 0);
  if (failures >= LOGIN_FAILURE_LIMIT) {
    throw new ApiError(
      429,
      "rate_limited",
      "Too many failed sign-ins for this account from here. Try again in 15 minutes.",
      {
        retryAfter: LOGIN_FAILURE_WINDOW_SECONDS,
      },
    );
  }
}

export async function recordLoginFailure(kv: KVNamespace, email: string, ip: string): Promise<void> {
  const key = await keyFor(email, ip);
  const failures = Number((await kv.get(key)) ?? 0) + 1;
  try {
    await kv.put(key, String(failures), { expirationTtl: LOGIN_FAILURE_WINDOW_SECONDS });
  } catch {
    // KV takes one write per key per second; a burst loses a count, not the answer (the per-email and
    // per-address rate limits in front still hold).
  }
}

export async function clearLoginFailures(kv: KVNamespace, email: string, ip: string): Promise<void> {
  await kv.delete(await keyFor(email, ip));
}
