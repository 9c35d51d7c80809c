// Email verification links: `{origin}/verify#<token>`, in the fragment so the token never reaches a server
// log. The token is 256 random bits; only its SHA-256 is stored, so a database dump verifies nothing.
import type { Context } from "hono";
import { encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { type AuditEventInput, accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { recordRefusal } from "../audit/record-refusal";
import { replaceVerificationToken } from "../db/email-verifications";
import type { AppEnv } from "../env";
import { recipientMailLocale } from "../mail/mail-language";
import { MailError, mailerFor } from "../mail/mailer";
import { verificationMail } from "../mail/messages";
import { hashSecret } from "./split-token";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Makes a new link for the account (the previous one stops working) and mails it. Answers whether the
 * mail went; a failure is recorded, never thrown, so a sign-up succeeds even when mail does not.
 */
export async function mailVerificationLink(
  c: Context<AppEnv>,
  account: { id: string; email: string },
): Promise<boolean> {
  const token = encodeBase64Url(randomBytes(32));
  await replaceVerificationToken(c.var.db, account.id, await hashSecret(token));
  const origin = new URL(c.req.url).origin;
  const event = verificationMailEvent(account);
  try {
    const locale = await recipientMailLocale(c, account.email);
    await mailerFor(c.env)(verificationMail(account.email, `${origin}/verify#${token}`, origin, locale));
  } catch (error) {
    // A provider's reason is kept, but never the token, should the reason ever quote the message.
    const reason = error instanceof MailError ? error.message.replaceAll(token, "[token]") : "send failed";
    await recordRefusal(c, { ...event, details: { ...event.details, error: reason } }, "mail_failed");
    return false;
  }
  await commitWithAudit(c, [], event);
  return true;
}

/** The email_sent event of a verification mail, or of its refusal. */
export function verificationMailEvent(account: { id: string; email: string }): AuditEventInput {
  // Owned by the account, so it counts against the account's daily mail cap like any mail it causes.
  const event = { ...accountEvent("email_sent", account), actor: account };
  return { ...event, details: { kind: "verification", to: account.email } };
}

/** The stored hash a presented token would have; null for anything that is not one of our tokens. */
export async function verificationTokenHash(token: string): Promise<string | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  try {
    return await hashSecret(token);
  } catch {
    return null; // the right length, but not a canonical encoding of any token we gave out
  }
}
