// The password is one factor. An account with a passkey must present it (or a recovery code) after the
// password; under REQUIRE_MFA an account without one must add one. Until then its session is "pending":
// identifyCaller treats it as nobody, so only the routes here, which read c.var.pending, can use it.
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { User } from "../../protocol/api";
import type { PendingStep } from "../../protocol/enums";
import { REAUTH_WINDOW_SECONDS } from "../../protocol/limits";
import { assertMayUseApp } from "../auth/current-user";
import { countPasskeysOf } from "../db/passkeys";
import type { AppEnv } from "../env";
import { ApiError, unauthenticated } from "../http/errors";

/** What a session minted after a correct password still owes. */
export async function pendingAfterPassword(c: Context<AppEnv>, userId: string): Promise<PendingStep | null> {
  if ((await countPasskeysOf(c.var.db, userId)) > 0) return "second_factor";
  return c.var.config.REQUIRE_MFA ? "enroll" : null;
}

/** A new account's first session: under REQUIRE_MFA it must add a passkey before anything else. */
export function pendingForNewAccount(c: Context<AppEnv>): PendingStep | null {
  return c.var.config.REQUIRE_MFA ? "enroll" : null;
}

/** The account whose session owes its second step (POST /api/auth/mfa and its options). */
export function secondFactorOwner(c: Context<AppEnv>): User {
  if (c.var.pending?.step !== "second_factor") throw unauthenticated();
  return c.var.pending.user;
}

/**
 * Who may manage passkeys: a full browser session (never an API token), or a session that must add its
 * first passkey (REQUIRE_MFA) and may do only that.
 */
export const requirePasskeyOwner = createMiddleware<AppEnv>(async (c, next) => {
  const enrolling = c.var.pending?.step === "enroll" ? c.var.pending.user : null;
  const user = c.var.user ?? enrolling;
  if (!user) throw unauthenticated();
  if (c.var.user && c.var.authMethod !== "session" && c.var.authMethod !== "access") {
    throw new ApiError(403, "session_required", "API tokens cannot do this; sign in to Oncelink in the browser.");
  }
  assertMayUseApp(c.var.config, user);
  return next();
});

export function passkeyOwner(c: Context<AppEnv>): User {
  const user = c.var.user ?? (c.var.pending?.step === "enroll" ? c.var.pending.user : null);
  if (!user) throw unauthenticated();
  return user;
}

/**
 * Removing a passkey or replacing recovery codes weakens the account, so a session stolen hours ago must not
 * do it: the session must have signed in within REAUTH_WINDOW_SECONDS. Access sessions are checked by Access.
 */
export function assertFreshSignIn(c: Context<AppEnv>): void {
  if (c.var.authMethod === "access") return;
  const signedInAt = c.var.signedInAt?.getTime() ?? 0;
  if (Date.now() - signedInAt > REAUTH_WINDOW_SECONDS * 1000) {
    throw new ApiError(
      403,
      "reauth_required",
      "Sign in again to do this: it needs a sign-in from the last 10 minutes.",
    );
  }
}
