// A mail carrying one of a user's secrets (its full link, key included), sent once on the owner's request and
// then recorded as an `email_sent` event on that secret; the link itself is recorded nowhere. A provider that
// refuses answers 502 mail_failed. Used by POST /api/secrets/:id/email and POST /api/users/:id/invite/email.
import type { Context } from "hono";
import { commitWithAudit } from "../audit/commit-with-audit";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import type { MailMessage } from "./mail-message";
import { MailError, mailerFor } from "./mailer";

export interface SentSecretMail {
  secret: { id: string; name: string | null };
  /** Whose daily mail cap the event counts against. */
  ownerId: string | null;
  kind: "link" | "invite";
}

export async function sendSecretMail(c: Context<AppEnv>, message: MailMessage, sent: SentSecretMail): Promise<void> {
  try {
    await mailerFor(c.env)(message);
  } catch (error) {
    if (error instanceof MailError) throw new ApiError(502, "mail_failed", "The mail could not be sent. Try again.");
    throw error;
  }
  await commitWithAudit(c, [], {
    action: "email_sent",
    resourceType: "secret",
    resourceId: sent.secret.id,
    resourceName: sent.secret.name,
    ownerId: sent.ownerId,
    details: { kind: sent.kind, to: message.to },
  });
}
