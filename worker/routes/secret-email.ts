// "Send via email": the creator's browser hands the full link (with its key) to the server once, to be
// mailed to the secret's recipient. The link is checked, sent, and forgotten: it is stored nowhere, not
// even in the audit event, which records only that a link mail went to that address.
import { Hono } from "hono";
import type { MailSent } from "../../protocol/api";
import { LINK_KEY_PATTERN, SMALL_BODY_LIMIT } from "../../protocol/limits";
import { emailLinkSchema } from "../../protocol/schemas";
import { currentUser, requireUser } from "../auth/current-user";
import { effectiveStatus, findOwnedSecret } from "../db/secrets";
import type { AppEnv } from "../env";
import { invalidInput, secretExpired, secretNotFound } from "../http/errors";
import { limitBody, valid } from "../http/validate-request";
import { assertMayMail } from "../mail/daily-cap";
import { recipientMailLocale } from "../mail/mail-language";
import { linkMail } from "../mail/messages";
import { secretMailEvent, sendSecretMail } from "../mail/send-secret-mail";
import { shareUrl } from "../secrets/present-secret";

export const secretEmailRoutes = new Hono<AppEnv>().post(
  "/secrets/:id/email",
  requireUser,
  limitBody(SMALL_BODY_LIMIT),
  valid("json", emailLinkSchema),
  async (c) => {
    const user = currentUser(c);
    const row = await findOwnedSecret(c.var.db, c.req.param("id"), user.id);
    if (!row || ["viewed", "burned"].includes(row.status)) throw secretNotFound();
    if (effectiveStatus(row) === "expired") throw secretExpired();
    if (!row.recipientEmail) throw invalidInput("recipientEmail: this secret has no recipient to mail");
    const origin = c.var.origin;
    const link = c.req.valid("json").link;
    if (!isShareLink(link, shareUrl(origin, row.id))) {
      throw invalidInput(`link: must be this secret's full share link on ${origin}`);
    }
    const sent = { secret: row, ownerId: row.ownerId, kind: "link", to: row.recipientEmail } as const;
    // Counted only for a request that would send: a malformed one spends none of the account's mails.
    await assertMayMail(c, user.id, secretMailEvent(sent));
    // An unverified sender is not named: the mail would vouch for an address nobody proved.
    const locale = await recipientMailLocale(c, row.recipientEmail);
    const mail = linkMail(row.recipientEmail, link, user, origin, row.expiresAt, locale);
    await sendSecretMail(c, mail, sent);
    return c.json({ sent: true } satisfies MailSent, 202);
  },
);

/** Exactly `<share url>#<43-character key>`: nothing else may ride along to the recipient. */
function isShareLink(link: string, expected: string): boolean {
  const [base, key, ...rest] = link.split("#");
  return base === expected && rest.length === 0 && LINK_KEY_PATTERN.test(key ?? "");
}
