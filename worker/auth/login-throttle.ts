// Failed sign-ins per email, counted in KV for 15 minutes (the short-lived state this app keeps in KV).
// KV is eventually consistent and takes one write per key per second, so the count is approximate: it
// slows guessing at one account, it is not an exact lock, and it expires by itself so a victim is never
// locked out for long.
import { encodeBase64Url } from "../../protocol/base64url";
import { sha256 } from "../../protocol/envelope";
import { ApiError } from "../http/errors";

export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_SECONDS = 900;

async function keyFor(email: string): Promise<string> {
  return `login-failures:${encodeBase64Url(await sha256(new Uint8Array(new TextEncoder().encode(email))))}`;
}

export async function assertLoginAllowed(kv: KVNamespace, email: string): Promise<void> {
  const failures = Number((await kv.get(await keyFor(email))) ?? 0);
  if (failures >= LOGIN_FAILURE_LIMIT) {
    throw new ApiError(429, "rate_limited", "Too many failed sign-ins for this account. Try again in 15 minutes.", {
      retryAfter: LOGIN_FAILURE_WINDOW_SECONDS,
    });
  }
}

export async function recordLoginFailure(kv: KVNamespace, email: string): Promise<void> {
  const key = await keyFor(email);
  const failures = Number((await kv.get(key)) ?? 0) + 1;
  await kv.put(key, String(failures), { expirationTtl: LOGIN_FAILURE_WINDOW_SECONDS });
}

export async function clearLoginFailures(kv: KVNamespace, email: string): Promise<void> {
  await kv.delete(await keyFor(email));
}
