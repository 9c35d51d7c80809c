// Signing in with a passkey alone (discoverable credentials), and the second step after a password: a
// passkey or a one-time recovery code. Refusals are audited: `login_failed` for a passwordless attempt,
// `mfa_failed` for a second step.
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { Context } from "hono";
import { Hono } from "hono";
import type { LoginResult, User } from "../../protocol/api";
import type { AuditRefusalReason, SecondFactor } from "../../protocol/enums";
import { WEBAUTHN_BODY_LIMIT } from "../../protocol/limits";
import { passkeySignInSchema, secondFactorSchema } from "../../protocol/schemas";
import { type AuditDetails, accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { refuse } from "../audit/record-refusal";
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure } from "../auth/login-throttle";
import { presentUser } from "../auth/present-user";
import { createSession, deleteSession } from "../auth/sessions";
import { findAccountById } from "../db/accounts";
import { countUnusedRecoveryCodes, findPasskey, recordPasskeyUse, spendRecoveryCode } from "../db/passkeys";
import type { ChallengePurpose } from "../db/webauthn-challenges";
import type { AppEnv } from "../env";
import { addressKey } from "../http/client-ip";
import { ApiError } from "../http/errors";
import { rateLimitError } from "../http/rate-limit";
import { limitBody, valid } from "../http/validate-request";
import { hashRecoveryCode } from "../passkeys/recovery-codes";
import { authenticationOptions, takeChallenge, verifyAssertion } from "../passkeys/relying-party";
import { secondFactorOwner } from "../passkeys/second-factor";

const refused = () => new ApiError(401, "invalid_credentials", "This passkey or recovery code was not accepted.");

type PasskeyVerdict =
  | { ok: true; userId: string }
  | { ok: false; reason: AuditRefusalReason; detail?: string; userId: string | null };

/** The account of a verified passkey answer, or the reason it was refused (the library's words as `detail`). */
async function checkPasskey(
  c: Context<AppEnv>,
  response: AuthenticationResponseJSON,
  purpose: ChallengePurpose,
  expectedUser: User | null,
): Promise<PasskeyVerdict> {
  const challenge = await takeChallenge(c, response.response.clientDataJSON, purpose, expectedUser?.id ?? null);
  const passkey = await findPasskey(c.var.db, response.id);
  if (!passkey) return { ok: false, reason: "passkey_unknown", userId: null };
  if (expectedUser && passkey.userId !== expectedUser.id) {
    return { ok: false, reason: "passkey_other_account", userId: null };
  }
  const outcome = await verifyAssertion(c, response, passkey, challenge);
  if (!outcome.ok) {
    return { ok: false, reason: "passkey_not_verified", detail: outcome.reason, userId: passkey.userId };
  }
  const [counted] = await recordPasskeyUse(c.var.db, passkey, outcome.newCounter, new Date());
  if (!counted) return { ok: false, reason: "passkey_counter_moved", userId: passkey.userId };
  return { ok: true, userId: passkey.userId };
}

/** The per-address limit on passkey sign-ins; a refusal is audited like any other. */
async function enforceSignInRate(c: Context<AppEnv>): Promise<void> {
  const message = "Too many sign-in attempts. Wait a minute.";
  const error = await rateLimitError(c.env.LOGIN_IP_LIMITER, addressKey(c.req.raw), message);
  if (!error) return;
  const event = { ...accountEvent("login_failed", null), actor: null, details: { method: "passkey" } };
  await refuse(c, event, { reason: "rate_limited", error });
}

/** The session becomes a full one: the pending one ends, and a new one begins. */
async function completeSignIn(c: Context<AppEnv>, user: User, details: Record<string, string | number>) {
  await deleteSession(c);
  await createSession(c, user.id);
  await commitWithAudit(c, [], { ...accountEvent("login", user), actor: user, details });
  return c.json({ user, pending: null } satisfies LoginResult);
}

export const passkeySignInRoutes = new Hono<AppEnv>()
  .post("/auth/passkeys/login/options", async (c) => {
    await enforceSignInRate(c);
    return c.json(await authenticationOptions(c, null));
  })
  .post("/auth/passkeys/login", limitBody(WEBAUTHN_BODY_LIMIT), valid("json", passkeySignInSchema), async (c) => {
    await enforceSignInRate(c);
    const verdict = await checkPasskey(c, c.req.valid("json").response, "sign_in", null);
    const account = verdict.userId ? await findAccountById(c.var.db, verdict.userId) : undefined;
    if (!verdict.ok || !account) {
      const reason = verdict.ok ? "account_gone" : verdict.reason;
      const detail = verdict.ok ? undefined : verdict.detail;
      const details: AuditDetails = detail ? { method: "passkey", detail } : { method: "passkey" };
      const event = { ...accountEvent("login_failed", account ?? null), actor: null, details };
      return refuse(c, event, { reason, error: refused() });
    }
    return completeSignIn(c, presentUser(account), { method: "passkey" });
  })
  .post("/auth/mfa/options", (c) => {
    const user = secondFactorOwner(c);
    return authenticationOptions(c, user).then((options) => c.json(options));
  })
  .post("/auth/mfa", limitBody(WEBAUTHN_BODY_LIMIT), valid("json", secondFactorSchema), async (c) => {
    const user = secondFactorOwner(c);
    // The same throttle as the password: recovery codes must not be guessable at speed either.
    const failed = { ...accountEvent("mfa_failed", user), actor: user };
    await assertSignInAllowed(c, user.email, failed);
    const body = c.req.valid("json");
    let factor: SecondFactor;
    let refusal: { reason: AuditRefusalReason; detail?: string } | null = null;
    if ("response" in body) {
      factor = "passkey";
      const verdict = await checkPasskey(c, body.response, "second_factor", user);
      if (!verdict.ok) refusal = verdict;
    } else {
      factor = "recovery_code";
      const spent = await spendRecoveryCode(c.var.db, user.id, await hashRecoveryCode(body.recoveryCode), new Date());
      if (!spent) refusal = { reason: "recovery_code_unknown" };
    }
    if (refusal !== null) {
      await recordSignInFailure(c.env.KV, user.email, c.req.raw);
      const details: AuditDetails = refusal.detail
        ? { secondFactor: factor, detail: refusal.detail }
        : { secondFactor: factor };
      return refuse(c, { ...failed, details }, { reason: refusal.reason, error: refused() });
    }
    await clearSignInFailures(c.env.KV, user.email, c.req.raw);
    const details: Record<string, string | number> = { method: "password", secondFactor: factor };
    if (factor === "recovery_code") details.recoveryCodesLeft = await countUnusedRecoveryCodes(c.var.db, user.id);
    return completeSignIn(c, user, details);
  });
