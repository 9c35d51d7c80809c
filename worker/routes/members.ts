// Admins invite members: the account is created without a password, and the invitee sets one through a
// setup token that the admin's browser wraps into a one-time secret (the invite travels through Oncelink).
import { Hono } from "hono";
import type { Invitation, Member, MemberList, UserResult } from "../../protocol/api";
import { encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { AUTH_BODY_LIMIT, SMALL_BODY_LIMIT } from "../../protocol/limits";
import { inviteSchema, setupAccountSchema } from "../../protocol/schemas";
import { accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { requireAdmin } from "../auth/current-user";
import { mailVerificationLink } from "../auth/email-verification";
import { hashPassword } from "../auth/password-hash";
import { passwordProblem } from "../auth/password-policy";
import { presentUser } from "../auth/present-user";
import { createSession } from "../auth/sessions";
import { formatSplitToken, newSplitToken, parseSplitToken, secretMatches } from "../auth/split-token";
import { emailTaken, findAccountById, insertAccount, listAccounts, setPasswordHash } from "../db/accounts";
import { consumeInvite, findLiveInvite, insertInvite } from "../db/invites";
import type { UserRow } from "../db/schema";
import { activeUsageByOwner } from "../db/secrets";
import type { AppEnv } from "../env";
import { ApiError, emailTakenError, invalidInput } from "../http/errors";
import { limitBody, valid } from "../http/validate-request";
import { quotaOf } from "../secrets/quota";

const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;
const invalidInvite = () => new ApiError(404, "not_found", "This invite link is invalid or has already been used.");

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
    };
    const token = await newSplitToken();
    const invite = {
      userId: user.id,
      tokenHash: token.secretHash,
      invitedBy: c.var.user?.id ?? null,
      expiresAt: new Date(Date.now() + INVITE_TTL_MS),
    };
    try {
      const { db } = c.var;
      await commitWithAudit(c, [insertAccount(db, user), insertInvite(db, invite)], accountEvent("invite", user));
    } catch (error) {
      if (await emailTaken(c.var.db, email)) throw emailTakenError();
      throw error;
    }
    const id = user.id;
    return c.json(
      { user: presentMember(user), setupToken: formatSplitToken({ id, secret: token.secret }) } satisfies Invitation,
      201,
    );
  })
  .post("/auth/setup", limitBody(AUTH_BODY_LIMIT), valid("json", setupAccountSchema), async (c) => {
    const { token: raw, password } = c.req.valid("json");
    const token = parseSplitToken(raw);
    if (!token) throw invalidInvite();
    const invite = await findLiveInvite(c.var.db, token.id);
    if (!invite || !(await secretMatches(token.secret, invite.tokenHash))) throw invalidInvite();
    const account = await findAccountById(c.var.db, token.id);
    if (!account) throw invalidInvite();
    const problem = passwordProblem(password, account.email);
    if (problem) throw invalidInput(`password: ${problem}`);
    if (!(await consumeInvite(c.var.db, token.id, invite.tokenHash))) throw invalidInvite();
    await setPasswordHash(c.var.db, account.id, await hashPassword(password));
    await createSession(c, account.id);
    // The invite proves the admin chose the address, not that the invitee reads it: verify it like a sign-up.
    if (account.emailVerifiedAt === null) await mailVerificationLink(c, account);
    return c.json({ user: presentUser(account) } satisfies UserResult);
  });

function presentMember(row: UserRow): Member {
  return {
    ...presentUser(row),
    createdAt: row.createdAt.toISOString(),
    pending: row.passwordHash === "",
  };
}
