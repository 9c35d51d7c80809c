// Notification mail queued by a vault. The queue lives in the vault's storage, written in the same
// transaction as the view or expiry it reports, so a notice is never lost and never delays the reveal.
// Sending retries with backoff; after the last attempt the failure becomes an audit event.
import type { AuditEventInput } from "../audit/record-audit-event";
import { configOf } from "../config";
import { openDatabase } from "../db/client";
import { ApiError } from "../http/errors";
import { mailsSentToday } from "../mail/daily-cap";
import { type Mailer, mailerFor } from "../mail/mailer";
import { expiredMail, type ViewNotice, viewedMail } from "../mail/messages";

export type NewMail = { to: string } & (
  | { kind: "viewed"; notice: ViewNotice }
  | { kind: "expired"; secretName: string | null; at: number }
);
export type QueuedMail = NewMail & { attempts: number };

export const MAX_MAIL_ATTEMPTS = 5;
const PREFIX = "mail:";

export function queueMail(kv: SyncKvStorage, mail: NewMail): void {
  const next = (kv.get<number>("nextMail") ?? 0) + 1;
  kv.put("nextMail", next);
  kv.put(`${PREFIX}${String(next).padStart(10, "0")}`, { ...mail, attempts: 0 });
}

export function hasQueuedMail(kv: SyncKvStorage): boolean {
  for (const _ of kv.list({ prefix: PREFIX, limit: 1 })) return true;
  return false;
}

/**
 * Tries each queued mail once. Answers the audit events to record (sent, or given up) and whether
 * anything is left to retry.
 */
export async function sendQueuedMail(
  env: Env,
  kv: SyncKvStorage,
  owner: { id: string | null; origin: string },
): Promise<{ events: Omit<AuditEventInput, "resourceType">[]; retry: boolean }> {
  const events: Omit<AuditEventInput, "resourceType">[] = [];
  let retry = false;
  let settings: { send: Mailer; cap: number };
  try {
    settings = { send: mailerFor(env), cap: configOf(env).MAIL_DAILY_CAP };
  } catch (error) {
    // A misconfigured deployment (configOf logged which variable): the mail waits, queued, for a fixed one.
    if (error instanceof ApiError) return { events, retry: true };
    throw error;
  }
  const { send, cap } = settings;
  for (const [key, mail] of [...kv.list<QueuedMail>({ prefix: PREFIX })]) {
    const details = { kind: mail.kind, to: mail.to };
    const overCap = owner.id !== null && (await mailsSentToday(openDatabase(env.DB), owner.id)) >= cap;
    if (overCap) {
      events.push({
        action: "email_sent",
        result: "failure",
        actor: null,
        details: { ...details, error: "daily cap reached" },
      });
      kv.delete(key);
      continue;
    }
    try {
      const message =
        mail.kind === "viewed"
          ? viewedMail(mail.to, mail.notice, owner.origin)
          : expiredMail(mail.to, mail.secretName, mail.at, owner.origin);
      await send(message);
      events.push({ action: "email_sent", actor: null, details });
      kv.delete(key);
    } catch (error) {
      const attempts = mail.attempts + 1;
      if (attempts >= MAX_MAIL_ATTEMPTS) {
        const reason = error instanceof Error ? error.message : "send failed";
        events.push({
          action: "email_sent",
          result: "failure",
          actor: null,
          details: { ...details, attempts, error: reason },
        });
        kv.delete(key);
      } else {
        kv.put(key, { ...mail, attempts });
        retry = true;
      }
    }
  }
  return { events, retry };
}
