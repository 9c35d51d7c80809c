// Notification mail from a vault. The outbox queues it in the same transaction as the view or expiry it
// reports, so a notice is never lost and never delays the reveal, and calls trySendMail on each delivery.
// Sending retries with backoff; after the last attempt the failure becomes an audit event, with the reason a
// link mail's refusal has (daily_cap, mail_failed) and, for a provider's refusal, its message.
import { refusalDetails } from "../audit/record-refusal";
import { configOf } from "../config";
import { openDatabase } from "../db/client";
import { ApiError } from "../http/errors";
import { mailsSentToday } from "../mail/daily-cap";
import { accountMailLocale } from "../mail/mail-language";
import { type Mailer, mailerFor } from "../mail/mailer";
import { expiredMail, type ViewNotice, viewedMail } from "../mail/messages";
import { type ResponseNotice, respondedMail } from "../mail/request-messages";
import type { VaultEvent } from "./vault-types";

export type NewMail = { to: string } & (
  | { kind: "viewed"; notice: ViewNotice }
  | { kind: "expired"; secretName: string | null; at: number }
  | { kind: "responded"; notice: ResponseNotice }
);

const MAX_MAIL_ATTEMPTS = 5;

/**
 * The event to record once a mail is done with (sent, or given up); "retry" to keep it queued, one attempt
 * spent; "wait" to keep it queued without spending one (the deployment is misconfigured, not the mail).
 */
type MailAttempt = { done: VaultEvent } | "retry" | "wait";

/** Tries one queued mail once; `attempts` is how many tries it has already had. */
export async function trySendMail(
  env: Env,
  mail: NewMail,
  attempts: number,
  owner: { id: string | null; origin: string },
): Promise<MailAttempt> {
  let settings: { send: Mailer; cap: number };
  try {
    settings = { send: mailerFor(env), cap: configOf(env).MAIL_DAILY_CAP };
  } catch (error) {
    // A misconfigured deployment (configOf logged which variable): the mail waits, queued, for a fixed one.
    if (error instanceof ApiError) return "wait";
    throw error;
  }
  const details = { kind: mail.kind, to: mail.to };
  const db = openDatabase(env.DB);
  const overCap = owner.id !== null && (await mailsSentToday(db, owner.id)) >= settings.cap;
  if (overCap) {
    return {
      done: {
        action: "email_sent",
        result: "failure",
        actor: null,
        details: refusalDetails({ ...details, error: "daily cap reached" }, "daily_cap"),
      },
    };
  }
  try {
    // A notice goes to the owner of the secret or the request, in the owner's language (mail-language.ts).
    const locale = await accountMailLocale(db, owner.id);
    const message =
      mail.kind === "viewed"
        ? viewedMail(mail.to, mail.notice, owner.origin, locale)
        : mail.kind === "responded"
          ? respondedMail(mail.to, mail.notice, owner.origin, locale)
          : expiredMail(mail.to, mail.secretName, mail.at, owner.origin, locale);
    await settings.send(message);
    return { done: { action: "email_sent", actor: null, details } };
  } catch (error) {
    const tried = attempts + 1;
    if (tried < MAX_MAIL_ATTEMPTS) return "retry";
    const message = error instanceof Error ? error.message : "send failed";
    return {
      done: {
        action: "email_sent",
        result: "failure",
        actor: null,
        details: refusalDetails({ ...details, attempts: tried, error: message }, "mail_failed"),
      },
    };
  }
}
