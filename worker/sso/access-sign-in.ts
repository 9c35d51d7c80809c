// A request that Cloudflare Access let through carries its JWT; with Access configured, that token alone
// says who the caller is. A bad one is 401, never a fall-back to the session cookie.
import type { Context } from "hono";
import type { User } from "../../protocol/api";
import { accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { presentUser } from "../auth/present-user";
import { createSession, deleteSession, readSessionToken, validateSession } from "../auth/sessions";
import type { UserRow } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { verifyAccessJwt } from "./access-jwt";
import { refuseSso, ssoAccountFor } from "./sso-account";

export async function accessUser(c: Context<AppEnv>, token: string): Promise<User> {
  const verdict = await verifyAccessJwt(c.var.config, token);
  if (!verdict.ok) {
    const error = new ApiError(401, "unauthenticated", "The Cloudflare Access token is invalid or expired.");
    return refuseSso(c, "access", verdict.reason, error);
  }
  const account = await ssoAccountFor(c, verdict.email, "access");
  await keepSession(c, account);
  return presentUser(account);
}

/**
 * The paths a deployment leaves outside Access (the recipient page and its reveal routes, README "Single
 * sign-on") carry no Access token, so the person Access signed in also gets a session cookie, as after a
 * password sign-in. It is minted (and the sign-in audited) only when the browser has none for this account.
 */
async function keepSession(c: Context<AppEnv>, account: UserRow): Promise<void> {
  const token = readSessionToken(c);
  const current = token ? await validateSession(c.var.db, token, c.var.config.SESSION_IDLE_SECONDS) : null;
  if (current?.user.id === account.id && current.pending === null) return;
  await deleteSession(c);
  await createSession(c, account.id);
  await commitWithAudit(c, [], { ...accountEvent("login", account), actor: account, details: { method: "access" } });
}
