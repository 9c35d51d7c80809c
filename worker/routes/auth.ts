import { type Context, Hono } from "hono";
import { myAccountSchema } from "../../protocol/account-schemas";
import type { LoginResult, SessionResult, UserResult } from "../../protocol/api";
import { encodeBase64Url, randomBytes } from "../../protocol/base64url";
import type { AuditRefusalReason, SignInMethod } from "../../protocol/enums";
import { AUTH_BODY_LIMIT, SMALL_BODY_LIMIT } from "../../protocol/limits";
import { requestLocale } from "../../protocol/locales";
import { changePasswordSchema, credentialsSchema } from "../../protocol/schemas";
import { type AuditEventInput, accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { refuse } from "../audit/record-refusal";
import { currentUser, requireSession } from "../auth/current-user";
import { mailVerificationLink } from "../auth/email-verification";
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure } from "../auth/login-throttle";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../auth/password-hash";
import { passwordProblem } from "../auth/password-policy";
import { presentUser } from "../auth/present-user";
import { createSession, endSession, prepareSession, presentedSessionDelete, readSessionToken } from "../auth/sessions";
import { assertPasswordLoginOn, assertSignupAllowed } from "../auth/signup-policy";
import {
  accountsExist,
  countAccounts,
  emailTaken,
  findAccountByEmail,
  findAccountById,
  insertAccount,
  setLocale,
  setPasswordHash,
} from "../db/accounts";
import { deleteApiTokensOf } from "../db/api-tokens";
import { deleteSessionsOf } from "../db/sessions";
import type { AppEnv } from "../env";
import { closeFeedSockets, feedCredential } from "../feed/feed-notice";
import { addressKey } from "../http/client-ip";
import { ApiError, emailTakenError, invalidInput, unauthenticated } from "../http/errors";
import { rateLimitError } from "../http/rate-limit";
import { limitBody, valid } from "../http/validate-request";
import { pendingAfterPassword, pendingForNewAccount } from "../passkeys/second-factor";

/**
 * Records a refused sign-up as a failed `signup` event (the address it tried, never the password) and answers
 * `error` as before: the event is only in the audit log, so an email_taken answer tells the caller nothing
 * new. Like a refused sign-in, it names the account that has the address, for that account's owner to see.
 */
function refuseSignup(c: Context<AppEnv>, email: string, reason: AuditRefusalReason, error: ApiError) {
  const event = async (): Promise<AuditEventInput> => ({
    ...accountEvent("signup", (await findAccountByEmail(c.var.db, email)) ?? null),
    actor: null,
    details: { email },
  });
  return refuse(c, event, { reason, error });
}

export const authRoutes = new Hono<AppEnv>()
  .post("/auth/signup", limitBody(AUTH_BODY_LIMIT), valid("json", credentialsSchema), async (c) => {
    assertPasswordLoginOn(c.var.config);
    const { email, password } = c.req.valid("json");
    const limited = await rateLimitError(
      c.env.SIGNUP_LIMITER,
      addressKey(c.req.raw),
      "Too many sign-ups from this address. Try again in a minute.",
    );
    if (limited) return refuseSignup(c, email, "rate_limited", limited);
    const isFirstAccount = (await countAccounts(c.var.db)) === 0;
    try {
      assertSignupAllowed(c.var.config, email, isFirstAccount);
    } catch (error) {
      // Its only refusal is signup_closed; under SIGNUP_POLICY=domains, for the address's domain.
      if (!(error instanceof ApiError)) throw error;
      const domains = c.var.config.SIGNUP_POLICY === "domains";
      return refuseSignup(c, email, domains ? "domain_not_allowed" : "signup_closed", error);
    }
    const problem = passwordProblem(password, email);
    if (problem) throw invalidInput(`password: ${problem}`);
    if (await emailTaken(c.var.db, email)) return refuseSignup(c, email, "email_taken", emailTakenError());
    const id = encodeBase64Url(randomBytes(16));
    const passwordHash = await hashPassword(password);
    const insertUser = insertAccount(c.var.db, {
      id,
      email,
      passwordHash,
      role: "first-admin",
      locale: requestLocale(c.req.raw.headers), // the sign-up page's language, until the user picks one
    });
    const account = { id, email };
    try {
      await commitWithAudit(c, [insertUser], { ...accountEvent("signup", account), actor: account });
    } catch (error) {
      // A sign-up racing for the same email fails the unique index, and the whole batch with it.
      if (await emailTaken(c.var.db, email)) return refuseSignup(c, email, "email_taken", emailTakenError());
      throw error;
    }
    const user = await findAccountById(c.var.db, id);
    if (!user) throw new Error("the new account was not found");
    const pending = pendingForNewAccount(c);
    await createSession(c, user.id, pending);
    // Sent before answering, so the "check your inbox" the UI shows is true; a failure leaves "Resend".
    await mailVerificationLink(c, user);
    return c.json({ user: presentUser(user), pending } satisfies LoginResult, 201);
  })
  .post("/auth/login", limitBody(AUTH_BODY_LIMIT), valid("json", credentialsSchema), async (c) => {
    assertPasswordLoginOn(c.var.config);
    const { email, password } = c.req.valid("json");
    // A refused attempt names the account it tried, looked up only when its event is written.
    const failed = async (): Promise<AuditEventInput> => ({
      ...accountEvent("login_failed", (await findAccountByEmail(c.var.db, email)) ?? null),
      actor: null,
      details: { email },
    });
    await assertSignInAllowed(c, email, failed);
    const account = await findAccountByEmail(c.var.db, email);
    // Unknown emails, and invitees without a password yet, pay for a hash too: timing tells nothing.
    const matches = await verifyPassword(password, account?.passwordHash || (await decoyPasswordHash()));
    if (!account || !matches) {
      await recordSignInFailure(c.env.KV, email, c.req.raw);
      const error = new ApiError(401, "invalid_credentials", "Email or password is incorrect.");
      const event = { ...accountEvent("login_failed", account ?? null), actor: null, details: { email } };
      return refuse(c, event, { reason: account ? "wrong_password" : "unknown_account", error });
    }
    await clearSignInFailures(c.env.KV, email, c.req.raw);
    // Rotation: whatever session this browser presented is ended, and a new one begins, in one batch with
    // the login event (one D1 round trip after the account read). With a second step owed, the sign-in is
    // audited when that step passes (routes/passkey-sign-in.ts).
    const pending = await pendingAfterPassword(c, account.id);
    const session = await prepareSession(c, account.id, pending);
    const ended = presentedSessionDelete(c);
    if (pending === null) {
      const details = { method: "password" } satisfies { method: SignInMethod };
      const statements = ended ? [ended, session.insert] : [session.insert];
      await commitWithAudit(c, statements, { ...accountEvent("login", account), actor: account, details });
    } else if (ended) {
      await c.var.db.batch([ended, session.insert]);
    } else {
      await session.insert;
    }
    session.setCookie();
    return c.json({ user: presentUser(account), pending } satisfies LoginResult);
  })
  .post("/auth/logout", async (c) => {
    const token = readSessionToken(c);
    await endSession(c);
    if (c.var.user) await commitWithAudit(c, [], accountEvent("logout", c.var.user));
    // The dashboards this session opened stop hearing of changes too.
    if (c.var.user && token) {
      c.executionCtx.waitUntil(closeFeedSockets(c.env, c.var.user.id, [feedCredential("session", token.id)]));
    }
    return c.body(null, 204);
  })
  .post(
    "/auth/password",
    requireSession,
    limitBody(AUTH_BODY_LIMIT),
    valid("json", changePasswordSchema),
    async (c) => {
      const { currentPassword, newPassword } = c.req.valid("json");
      const user = currentUser(c);
      // A stolen session must not become a way to guess the password behind it: the same throttle as sign-in.
      const refused = accountEvent("password_change", user);
      await assertSignInAllowed(c, user.email, refused);
      const account = await findAccountById(c.var.db, user.id);
      if (!account || !(await verifyPassword(currentPassword, account.passwordHash))) {
        await recordSignInFailure(c.env.KV, user.email, c.req.raw);
        const error = new ApiError(403, "invalid_credentials", "The current password is incorrect.");
        return refuse(c, refused, { reason: "wrong_password", error });
      }
      const problem = passwordProblem(newPassword, account.email);
      if (problem) throw invalidInput(`newPassword: ${problem}`);
      // Every session and every API token of the account ends, this one included; the caller gets a fresh
      // session. A password change is what someone does after a leak, so nothing minted before it survives.
      const { db } = c.var;
      const update = setPasswordHash(db, user.id, await hashPassword(newPassword));
      await commitWithAudit(c, [update, deleteSessionsOf(db, user.id), deleteApiTokensOf(db, user.id)], {
        ...accountEvent("password_change", user),
        details: { sessionsEnded: true, apiTokensEnded: true },
      });
      c.executionCtx.waitUntil(closeFeedSockets(c.env, user.id, null));
      await createSession(c, user.id);
      return c.body(null, 204);
    },
  )
  .get("/session", async (c) => {
    const user = c.var.user ?? null;
    // Only a signed-out visitor can be about to create the first account.
    const firstAccount = user === null && !c.var.pending && !(await accountsExist(c.env.DB, c.var.db));
    return c.json({ user, firstAccount, pending: c.var.pending?.step ?? null } satisfies SessionResult);
  })
  .get("/me", (c) => {
    if (!c.var.user) throw unauthenticated();
    return c.json({ user: c.var.user } satisfies UserResult);
  })
  // The language of the account's mails: the app's language switch sends it with each pick. A preference,
  // like the theme, so no audit event; it changes nothing anyone else sees.
  .patch("/me", limitBody(SMALL_BODY_LIMIT), valid("json", myAccountSchema), async (c) => {
    const user = c.var.user;
    if (!user) throw unauthenticated();
    const { locale } = c.req.valid("json");
    await setLocale(c.var.db, user.id, locale);
    return c.json({ user: { ...user, locale } } satisfies UserResult);
  });
