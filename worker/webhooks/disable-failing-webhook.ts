// An endpoint that keeps failing is switched off, so events stop piling up for a receiver that is gone: the
// switch, its audit event and the owner's mail. The owner turns it back on (PATCH enabled: true).

import { DEFAULT_LOCALE } from "../../protocol/locales";
import { auditLedger } from "../audit/audit-ledger";
import { type AuditEventInput, auditInsert } from "../audit/commit-with-audit";
import { refusalDetails } from "../audit/record-refusal";
import { configOf } from "../config";
import { findAccountById } from "../db/accounts";
import type { Database } from "../db/client";
import type { WebhookEndpointRow } from "../db/webhook-schema";
import { updateWebhook } from "../db/webhooks";
import { storedLocale } from "../mail/mail-language";
import { mailerFor } from "../mail/mailer";
import { webhookDisabledMail } from "../mail/webhook-messages";

export async function disableFailingWebhook(env: Env, db: Database, endpoint: WebhookEndpointRow, failed: number) {
  const host = new URL(endpoint.url).host;
  const reason = `Disabled after ${failed} deliveries in a row failed for a day`;
  const about = {
    resourceType: "webhook" as const,
    resourceId: endpoint.id,
    resourceName: host,
    ownerId: endpoint.ownerId,
  };
  const disabled: AuditEventInput = { ...about, action: "webhook_disable", actor: null, details: { failed } };
  await db.batch([
    updateWebhook(db, endpoint.id, { enabled: false, disabledReason: reason }),
    auditInsert(db, disabled),
  ]);

  const ownerId = endpoint.ownerId ?? endpoint.createdBy;
  const owner = ownerId ? await findAccountById(db, ownerId) : undefined;
  if (owner) {
    const mailed: AuditEventInput = {
      ...about,
      action: "email_sent",
      actor: null,
      details: { kind: "webhook_disabled", to: owner.email },
    };
    let failure: AuditEventInput | null = null;
    try {
      const origin = configOf(env).APP_ORIGIN[0] ?? "http://127.0.0.1";
      const locale = storedLocale(owner.locale) ?? DEFAULT_LOCALE;
      await mailerFor(env)(webhookDisabledMail(owner.email, host, failed, origin, locale));
    } catch (error) {
      // The reason a link mail refused by the provider has; the message says which refusal it was.
      const message = error instanceof Error ? error.message.slice(0, 200) : "send failed";
      const details = refusalDetails({ ...mailed.details, error: message }, "mail_failed");
      failure = { ...mailed, result: "failure", details };
    }
    // Outside the try: a failed write of the event is not a failed mail.
    await auditInsert(db, failure ?? mailed);
  }
  await auditLedger(env)
    .sealSoon()
    .catch(() => undefined);
}
