// Admins invite members: the account is created without a password, and the invitee sets one through a
// setup token that the admin's browser wraps into a one-time secret (the invite travels through Oncelink).
import { Hono } from "hono";
import type { Invitation, MemberList, SetupInvite, UserResult } from "../../protocol/api";
import { encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { AUTH_BODY_LIMIT, SMALL_BODY_LIMIT } from "../../protocol/limits";
import { inviteSchema, setupAccountSchema, setupInviteSchema } from "../../protocol/schemas";
import { accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { requireAdmin } from "../auth/current-user";
import { mailVerificationLink } from "../auth/email-verification";
import { hashPassword } from "../auth/password-hash";
import { passwordProblem } from "../auth/password-policy";
import { presentMember, presentUser } from "../auth/present-user";
import { createSession } from "../auth/sessions";
import { assertPasswordLoginOn } from "../auth/signup-policy";
import { formatSplitToken, newSplitToken, parseSplitToken, secretMatches } from "../auth/split-token";
import { emailTaken, findAccountById, insertAccount, listAccounts, setPasswordHash } from "../db/accounts";
import type { Database } from "../db/client";
import { consumeInvite, findLiveInvite, insertInvite, replaceInvite } from "../db/invites";
import { activeUsageByOwner } from "../db/secrets";
import type { AppEnv } from "../env";
import { ApiError, emailTakenError, invalidInput } from "../http/errors";
import { limitBody, valid } from "../http/validate-request";
import { pendingForNewAccount } from "../passkeys/second-factor";
import { quotaOf } from "../secrets/quota";
import { memberNotFound } from "./member-admin";

const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;
const invalidInvite = () => new ApiError(404, "not_found", "This invite link is invalid or has already been used.");

/** A fresh setup token for the account, and the invite row that only its hash goes into. */
async function newInvite(userId: string, invitedBy: string | null) {
  const token = await newSplitToken();
  const row = { userId, tokenHash: token.secretHash, invitedBy, expiresAt: new Date(Date.now() + INVITE_TTL_MS) };
  return { row, setupToken: formatSplitToken({ id: userId, secret: token.secret }) };
}

export const memberRoutes = new Hono<AppEnv>()
  .get("/users", requireAdmin, async (c) => {
    const rows = await listAccounts(c.var.db);
    // Admins see each member's storage use beside the quota.
    const usage = await activeUsageByOwner(c.var.db);
    const none = { activeSecrets: 0, activeBytes: 0 };
    return c.json({
      items: rows.map((row) => ({ ...presentMember(row), usage: usage.get(row.id) ?? none })),
      quota: quotaOf(c.var.config),
    } satisfies MemberList);
  })
  .post("/users", requireAdmin, limitBody(SMALL_BODY_LIMIT), valid("json", inviteSchema), async (c) => {
    const { email } = c.req.valid("json");
    const user = {
      id: encodeBase64Url(randomBytes(16)),
      email,
      passwordHash: "",
      role: "member" as const,
      createdAt: new Date(),
      emailVerifiedAt: null,
      ssoLinkedAt: null,
      locale: null,
    };
    const invite = await newInvite(user.id, c.var.user?.id ?? null);
    try {
      const { db } = c.var;
      await commitWithAudit(c, [insertAccount(db, user), insertInvite(db, invite.row)], accountEvent("invite", user));
    } catch (error) {
      if (await emailTaken(c.var.db, email)) throw emailTakenError();
      throw error;
    }
    return c.json({ user: presentMember(user), setupToken: invite.setupToken } satisfies Invitation, 201);
  })
  // Resend: a new setup token for an invitee who has not set a password; the previous link stops working.
  .post("/users/:id/invite", requireAdmin, async (c) => {
    const account = await findAccountById(c.var.db, c.req.param("id"));
    if (!account) throw memberNotFound();
    if (account.passwordHash !== "") {
      throw new ApiError(409, "already_set_up", `${account.email} has already set a password; there is no invite.`);
    }
    const invite = await newInvite(account.id, c.var.user?.id ?? null);
    const event = { ...accountEvent("invite", account), details: { resent: true } };
    await commitWithAudit(c, [replaceInvite(c.var.db, invite.row)], event);
    return c.json({ user: presentMember(account), setupToken: invite.setupToken } satisfies Invitation, 201);
  })
  // The setup page says which address it is setting up; only a live invite's own token is answered.
  .post("/auth/setup/invite", limitBody(SMALL_BODY_LIMIT), valid("json", setupInviteSchema), async (c) => {
    const { account } = await setupTokenOwner(c.var.db, c.req.valid("json").token);
    return c.json({ email: account.email } satisfies SetupInvite);
  })
  .post("/auth/setup", limitBody(AUTH_BODY_LIMIT), valid("json", setupAccountSchema), async (c) => {
    // Under PASSWORD_LOGIN=off an invitee signs in through SSO instead; the invited address links there.
    assertPasswordLoginOn(c.var.config);
    const { token: raw, password } = c.req.valid("json");
    const { account, invite } = await setupTokenOwner(c.var.db, raw);
    const problem = passwordProblem(password, account.email);
    if (problem) throw invalidInput(`password: ${problem}`);
    // The hash that matched the token: a resend meanwhile replaced it, and this token then consumes nothing.
    if (!(await consumeInvite(c.var.db, account.id, invite.tokenHash))) throw invalidInvite();
    // Completing an invitation is an event of its own: the invitee, not the admin, chose this password.
    const accepted = { ...accountEvent("invite_accept", account), actor: { id: account.id, email: account.email } };
    await commitWithAudit(c, [setPasswordHash(c.var.db, account.id, await hashPassword(password))], accepted);
    await createSession(c, account.id, pendingForNewAccount(c));
    // The invite proves the admin chose the address, not that the invitee reads it: verify it like a sign-up.
    if (account.emailVerifiedAt === null) await mailVerificationLink(c, account);
    return c.json({ user: presentUser(account) } satisfies UserResult);
  });

/** The invited account a setup token belongs to, or 404 for a token that is unknown, used, expired or altered. */
async function setupTokenOwner(db: Database, raw: string) {
  const token = parseSplitToken(raw);
  if (!token) throw invalidInvite();
  const invite = await findLiveInvite(db, token.id);
  if (!invite || !(await secretMatches(token.secret, invite.tokenHash))) throw invalidInvite();
  const account = await findAccountById(db, token.id);
  if (!account) throw invalidInvite();
  return { account, invite };
}
