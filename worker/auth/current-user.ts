import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { User } from "../../protocol/api";
import type { Config } from "../config";
import type { AppEnv } from "../env";
import { ApiError, unauthenticated } from "../http/errors";
import { ACCESS_JWT_HEADER, accessConfigured } from "../sso/access-jwt";
import { accessUser } from "../sso/access-sign-in";
import { validateApiToken } from "./api-tokens";
import { readSessionToken, validateSession } from "./sessions";

/**
 * Puts the caller's account (or null) on c.var.user: by API token when one is sent, else by the Cloudflare
 * Access token when Access is configured and one is sent, else by session cookie. An Access token is
 * checked whenever it is sent, even beside an API token: a bad one is 401 either way.
 */
export const identifyCaller = createMiddleware<AppEnv>(async (c, next) => {
  c.set("pending", null);
  c.set("signedInAt", null);
  const accessToken = accessConfigured(c.var.config) ? c.req.header(ACCESS_JWT_HEADER) : undefined;
  const accessAccount = accessToken !== undefined ? await accessUser(c, accessToken) : null;
  const authorization = c.req.header("Authorization");
  if (authorization !== undefined) {
    const bearer = /^Bearer (\S+)$/.exec(authorization)?.[1];
    const user = bearer ? await validateApiToken(c.var.db, bearer) : null;
    // A bad token is an error, never a fall-back to the cookie: scripts should learn it at once.
    if (!user) throw new ApiError(401, "unauthenticated", "The API token is invalid or has been revoked.");
    c.set("user", user);
    c.set("authMethod", "token");
    return next();
  }
  if (accessAccount) {
    c.set("user", accessAccount);
    // Access's token rides on its CF_Authorization cookie: CSRF rules apply as to a session.
    c.set("authMethod", "access");
    return next();
  }
  const token = readSessionToken(c);
  const session = token ? await validateSession(c.var.db, token, c.var.config.SESSION_IDLE_SECONDS) : null;
  // A session owing its second step is nobody to every route but that step's own (auth/second-factor.ts).
  c.set("user", session && session.pending === null ? session.user : null);
  c.set("pending", session?.pending ? { user: session.user, step: session.pending } : null);
  c.set("signedInAt", session?.signedInAt ?? null);
  // A cookie that no longer opens a session still came from a browser: CSRF rules apply all the same.
  c.set("authMethod", token ? "session" : null);
  return next();
});

/** The signed-in account, for handlers behind requireUser. */
export function currentUser(c: Context<AppEnv>): User {
  if (!c.var.user) throw unauthenticated();
  return c.var.user;
}

/**
 * Under SIGNUP_POLICY=domains the address is what admitted an account, so the account may use the app
 * only once the address is proved. The first account (the admin) was admitted for being first, as
 * before. Under "open" and "closed" an unverified account may work, but an unverified address still
 * opens no secret restricted to it (SecretVault) and names no sender in mail (linkMail).
 */
export function mayUseApp(config: Config, user: User): boolean {
  return user.emailVerified || config.SIGNUP_POLICY !== "domains" || user.role === "admin";
}

export function assertMayUseApp(config: Config, user: User): void {
  if (!mayUseApp(config, user)) {
    throw new ApiError(403, "email_unverified", "Verify your email address first: open the link we mailed you.");
  }
}

/** Signed in, and allowed to use the app (see mayUseApp). */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.user) throw unauthenticated();
  assertMayUseApp(c.var.config, c.var.user);
  return next();
});

/** Signed in, verified or not: only for what an unverified account needs in order to verify. */
export const requireSignedIn = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.user) throw unauthenticated();
  return next();
});

/**
 * Signed in with the browser session, not an API token: for what a leaked token must not be able to do
 * (mint or revoke tokens, change the password), so revoking a token ends everything it could do.
 */
export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.user) throw unauthenticated();
  if (c.var.authMethod !== "session" && c.var.authMethod !== "access") {
    throw new ApiError(403, "session_required", "API tokens cannot do this; sign in to Oncelink in the browser.");
  }
  assertMayUseApp(c.var.config, c.var.user);
  return next();
});

export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.user) throw unauthenticated();
  // No mayUseApp check needed: the one admin is the first account, which it always allows.
  if (c.var.user.role !== "admin") throw new ApiError(403, "forbidden", "Only an administrator can do this.");
  return next();
});
