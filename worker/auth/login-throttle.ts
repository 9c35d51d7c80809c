// Sign-in throttling that slows the guesser and never the owner (OWASP ASVS V6.3.1). Every limit is keyed
// by the caller's address (an IPv6 /64, see addressKey) or by the pair (email, address), never by the email
// alone: a key any stranger can spend is a key that locks its owner out. Two layers:
// - Rate Limiting bindings: attempts per address, and per (email, address), per minute;
// - failed sign-ins per (email, address), counted in KV for 15 minutes (short-lived state, which is what
//   this app keeps in KV). Ten lock that pair; the owner, signing in from any other address, is unaffected.
// KV is eventually consistent, so the count is approximate; it expires by itself. Passwords of at least 15
// characters checked against a blocklist make guessing from many addresses hopeless at these rates.
import type { Context } from "hono";
import { encodeBase64Url } from "../../protocol/base64url";
import { sha256 } from "../../protocol/envelope";
import { type Refusal, type RefusalEvent, refuse } from "../audit/record-refusal";
import type { AppEnv } from "../env";
import { addressKey } from "../http/client-ip";
import { ApiError } from "../http/errors";
import { rateLimitError } from "../http/rate-limit";

const LOGIN_FAILURE_LIMIT = 10;
const LOGIN_FAILURE_WINDOW_SECONDS = 900;

async function keyFor(email: string, request: Request): Promise<string> {
  const digest = await sha256(new Uint8Array(new TextEncoder().encode(`${email}\n${addressKey(request)}`)));
  return `login-failures:${encodeBase64Url(digest)}`;
}

/**
 * Before a password is checked (sign-in, password change, second step): the refusal for a guesser, whatever
 * the owner does elsewhere, with the reason its audit event records; null when the attempt may go on.
 */
export async function signInRefusal(env: Env, email: string, request: Request): Promise<Refusal | null> {
  const address = addressKey(request);
  const limited =
    (await rateLimitError(
      env.LOGIN_IP_LIMITER,
      address,
      "Too many sign-in attempts from this address. Try again in a minute.",
    )) ??
    (await rateLimitError(
      env.LOGIN_PAIR_LIMITER,
      `${email}\n${address}`,
      "Too many sign-in attempts for this account from here. Try again in a minute.",
    ));
  if (limited) return { reason: "rate_limited", error: limited };
  const failures = Number((await env.KV.get(await keyFor(email, request))) ?? 0);
  if (failures < LOGIN_FAILURE_LIMIT) return null;
  const error = new ApiError(
    429,
    "rate_limited",
    "Too many failed sign-ins for this account from here. Try again in 15 minutes.",
    { retryAfter: LOGIN_FAILURE_WINDOW_SECONDS },
  );
  return { reason: "locked", error };
}

/** The refusal, recorded as `event` (with its reason) and answered; nothing when the attempt may go on. */
export async function assertSignInAllowed(c: Context<AppEnv>, email: string, event: RefusalEvent): Promise<void> {
  const refusal = await signInRefusal(c.env, email, c.req.raw);
  if (refusal) await refuse(c, event, refusal);
}

export async function recordSignInFailure(kv: KVNamespace, email: string, request: Request): Promise<void> {
  const key = await keyFor(email, request);
  const failures = Number((await kv.get(key)) ?? 0) + 1;
  try {
    await kv.put(key, String(failures), { expirationTtl: LOGIN_FAILURE_WINDOW_SECONDS });
  } catch {
    // KV takes one write per key per second; a burst loses a count, not the answer (the per-address and
    // per-pair rate limits in front still hold).
  }
}

export async function clearSignInFailures(kv: KVNamespace, email: string, request: Request): Promise<void> {
  await kv.delete(await keyFor(email, request));
}
