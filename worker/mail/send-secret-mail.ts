// A mail carrying one of a user's secrets (its full link, key included), sent once on the owner's request and
// then recorded as an `email_sent` event on that secret; the link itself is recorded nowhere. A provider that
// refuses answers 502 mail_failed, recorded as a refused email_sent (reason mail_failed). Used by
// POST /api/secrets/:id/email and POST /api/users/:id/invite/email.
import type { Context } from "hono";
import { type AuditEventInput, commitWithAudit } from "../audit/commit-with-audit";
import { refuse } from "../audit/record-refusal";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import type { MailMessage } from "./mail-message";
import { MailError, mailerFor } from "./mailer";

export interface SentSecretMail {
  secret: { id: string; name: string | null };
  /** Whose daily mail cap the event counts against. */
  ownerId: string | null;
  kind: "link" | "invite";
  to: string;
}

/** The email_sent event of such a mail: recorded when it goes, or as refused when a limit or the provider stops it. */
export function secretMailEvent(sent: SentSecretMail): AuditEventInput {
  return {
    action: "email_sent",
    resourceType: "secret",
    resourceId: sent.secret.id,
    resourceName: sent.secret.name,
    ownerId: sent.ownerId,
    details: { kind: sent.kind, to: sent.to },
  };
}

export async function sendSecretMail(c: Context<AppEnv>, message: MailMessage, sent: SentSecretMail): Promise<void> {
  try {
    await mailerFor(c.env)(message);
  } catch (error) {
    if (!(error instanceof MailError)) throw error;
    const failed = new ApiError(502, "mail_failed", "The mail could not be sent. Try again.");
    return refuse(c, secretMailEvent(sent), { reason: "mail_failed", error: failed });
  }
  await commitWithAudit(c, [], secretMailEvent(sent));
}
