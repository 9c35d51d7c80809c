// A request that Cloudflare Access let through carries its JWT; with Access configured, that token alone
// says who the caller is. A bad one is 401, never a fall-back to the session cookie.
import type { Context } from "hono";
import type { User } from "../../protocol/api";
import { accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { presentUser } from "../auth/present-user";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { type AccessSignIn, verifyAccessJwt } from "./access-jwt";
import { refuseSso, ssoAccountFor } from "./sso-account";

/** KV's shortest expiry. */
const MIN_KV_TTL_SECONDS = 60;

export async function accessUser(c: Context<AppEnv>, token: string): Promise<User> {
  const verdict = await verifyAccessJwt(c.var.config, token);
  if (!verdict.ok) {
    const error = new ApiError(401, "unauthenticated", "The Cloudflare Access token is invalid or expired.");
    return refuseSso(c, "access", verdict.reason, error);
  }
  const account = await ssoAccountFor(c, verdict.email, "access");
  await auditLoginOnce(c, account, verdict);
  return presentUser(account);
}

/**
 * Access sends its token on every request; the sign-in it stands for is audited once per token (its
 * issue time), remembered in KV until the token expires, rather than once per request.
 */
async function auditLoginOnce(c: Context<AppEnv>, account: { id: string; email: string }, token: AccessSignIn) {
  const key = `access-login:${account.id}:${token.issuedAt}`;
  if ((await c.env.KV.get(key)) !== null) return;
  const ttl = Math.max(MIN_KV_TTL_SECONDS, token.expiresAt - Math.floor(Date.now() / 1000));
  await c.env.KV.put(key, "1", { expirationTtl: ttl });
  await commitWithAudit(c, [], { ...accountEvent("login", account), actor: account, details: { method: "access" } });
}
