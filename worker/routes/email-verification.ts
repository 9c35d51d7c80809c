// Proving an address: the link mailed at sign-up (or invite setup) comes back here with its token, from
// any browser, signed in or not. Unknown, used, replaced and expired tokens all answer the same 404.
import { Hono } from "hono";
import type { EmailVerified, MailSent } from "../../protocol/api";
import { VERIFY_BODY_LIMIT } from "../../protocol/limits";
import { verifyEmailSchema } from "../../protocol/schemas";
import { accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { currentUser, requireSignedIn } from "../auth/current-user";
import { mailVerificationLink, verificationMailEvent, verificationTokenHash } from "../auth/email-verification";
import { findAccountById } from "../db/accounts";
import { consumeVerificationToken, markEmailVerified } from "../db/email-verifications";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { limitBody, valid } from "../http/validate-request";
import { assertMayMail } from "../mail/daily-cap";

const invalidLink = () => new ApiError(404, "not_found", "This verification link is invalid or has expired.");

export const emailVerificationRoutes = new Hono<AppEnv>()
  .post("/auth/verify", limitBody(VERIFY_BODY_LIMIT), valid("json", verifyEmailSchema), async (c) => {
    const tokenHash = await verificationTokenHash(c.req.valid("json").token);
    const userId = tokenHash && (await consumeVerificationToken(c.var.db, tokenHash));
    if (!userId) throw invalidLink();
    const account = await findAccountById(c.var.db, userId);
    if (!account) throw invalidLink(); // deleted since: its tokens went with it, so only a race gets here
    // The actor is the account: whoever opened the link read that mailbox, whichever browser it was.
    const event = { ...accountEvent("email_verified", account), actor: { id: account.id, email: account.email } };
    await commitWithAudit(c, [markEmailVerified(c.var.db, account.id)], event);
    return c.json({ verified: true, email: account.email } satisfies EmailVerified);
  })
  .post("/auth/verify/resend", requireSignedIn, async (c) => {
    const user = currentUser(c);
    if (user.emailVerified) throw new ApiError(409, "already_verified", "This email address is already verified.");
    // Each resend mails an address the account only claims: the same limits as any mail it causes.
    await assertMayMail(c, user.id, verificationMailEvent(user));
    if (!(await mailVerificationLink(c, user))) {
      throw new ApiError(502, "mail_failed", "The mail could not be sent. Try again.");
    }
    return c.json({ sent: true } satisfies MailSent, 202);
  });
