// One WebhookSender per endpoint works through that endpoint's queue in D1 (webhook_deliveries, filled by the
// audit trigger and by test events): oldest first, one attempt at a time, each signed afresh. Its alarm wakes it
// when the next retry is due; a seal pass of the audit ledger and the cron wake it for new events. One object
// per endpoint, so a slow or dead receiver delays only its own events. A slack-format endpoint gets each
// payload written as a Slack message (slack-message.ts), signed the same way.
import { DurableObject } from "cloudflare:workers";
import { DEFAULT_LOCALE, type Locale } from "../../protocol/locales";
import { openDatabase } from "../db/client";
import type { WebhookDeliveryRow, WebhookEndpointRow } from "../db/webhook-schema";
import {
  countFailedDelivery,
  dueDeliveries,
  findWebhook,
  nextDueAt,
  recordAttempt,
  resetFailures,
} from "../db/webhooks";
import { accountMailLocale } from "../mail/mail-language";
import { disableFailingWebhook } from "./disable-failing-webhook";
import { DISABLE_AFTER_FAILED_DELIVERIES, nextAttemptAt } from "./retry-schedule";
import { sendWebhookAttempt } from "./send-webhook-attempt";
import { openSigningSecret } from "./signing-secret-seal";
import { slackMessage } from "./slack-message";
import { signedHeaders } from "./standard-webhooks-signature";
import { webhookUrlProblem } from "./webhook-url";

/** Attempts per pass; more due ones are taken by the next pass, at once. */
const PASS_SIZE = 10;
const ENDPOINT_KEY = "endpoint";
const RETRY_AFTER_ERROR_MS = 60_000;

export class WebhookSender extends DurableObject<Env> {
  private queue: Promise<unknown> = Promise.resolve();

  private get db() {
    return openDatabase(this.env.DB);
  }

  /** New deliveries wait: send what is due now (after the caller's answer, by alarm). */
  async sendSoon(endpointId: string): Promise<void> {
    this.ctx.storage.kv.put(ENDPOINT_KEY, endpointId);
    const alarm = await this.ctx.storage.getAlarm();
    if (alarm === null || alarm > Date.now()) await this.ctx.storage.setAlarm(Date.now());
  }

  /** One pass over what is due; answers how many attempts it made. Passes queue behind each other. */
  deliverDue(): Promise<number> {
    const run = this.queue.then(() => this.pass());
    this.queue = run.catch(() => undefined);
    return run;
  }

  override async alarm(): Promise<void> {
    try {
      await this.deliverDue();
    } catch {
      await this.ctx.storage.setAlarm(Date.now() + RETRY_AFTER_ERROR_MS);
    }
  }

  private async pass(): Promise<number> {
    const endpointId = this.ctx.storage.kv.get<string>(ENDPOINT_KEY);
    const endpoint = endpointId ? await findWebhook(this.db, endpointId) : undefined;
    if (!endpoint) {
      await this.ctx.storage.deleteAll(); // deleted: its deliveries went with it
      return 0;
    }
    const due = await dueDeliveries(this.db, endpoint.id, !endpoint.enabled, Date.now(), PASS_SIZE);
    const secret = due.length > 0 ? await openSigningSecret(this.env, endpoint.id, endpoint.sealedSecret) : "";
    // A Slack channel reads the owner's language (a deployment-wide endpoint's: its creator's), as their mail does.
    const locale =
      due.length > 0 && endpoint.format === "slack"
        ? await accountMailLocale(this.db, endpoint.ownerId ?? endpoint.createdBy)
        : undefined;
    let current = endpoint;
    for (const delivery of due) current = await this.attempt(current, delivery, secret, locale);
    await this.scheduleNext(current, due.length === PASS_SIZE);
    return due.length;
  }

  private async attempt(endpoint: WebhookEndpointRow, delivery: WebhookDeliveryRow, secret: string, locale?: Locale) {
    const now = Date.now();
    // Written afresh at each attempt from the stored payload: the log and the redaction of a deleted account
    // keep working on the one stored form, whatever the endpoint's format is now.
    const body =
      endpoint.format === "slack"
        ? JSON.stringify(slackMessage(delivery.eventType, delivery.payload, locale ?? DEFAULT_LOCALE))
        : delivery.payload;
    // Checked again at each attempt: a row stored before a rule was tightened is held to the rule too. A
    // loopback URL was only ever accepted from an app served on loopback (routes/webhooks.ts).
    const problem = webhookUrlProblem(endpoint.url, { loopbackApp: true });
    const outcome = problem
      ? { delivered: false, status: null, latencyMs: 0, error: `URL refused: ${problem}` }
      : await sendWebhookAttempt(endpoint.url, await signedHeaders(secret, delivery.id, body, now), body);
    const result = {
      lastAttemptAt: new Date(now),
      responseStatus: outcome.status,
      latencyMs: outcome.latencyMs,
      error: outcome.error,
    };
    if (outcome.delivered) {
      await recordAttempt(this.db, delivery.id, { ...result, status: "delivered", nextAttemptAt: null });
      if (endpoint.failedInARow > 0) await resetFailures(this.db, endpoint.id);
      return { ...endpoint, failedInARow: 0 };
    }
    const next = nextAttemptAt(delivery.createdAt.getTime(), delivery.attempts + 1, Date.now());
    if (next !== null) {
      await recordAttempt(this.db, delivery.id, { ...result, nextAttemptAt: new Date(next) });
      return endpoint;
    }
    await recordAttempt(this.db, delivery.id, { ...result, status: "failed", nextAttemptAt: null });
    const failed = await countFailedDelivery(this.db, endpoint.id);
    if (endpoint.enabled && failed >= DISABLE_AFTER_FAILED_DELIVERIES) {
      await disableFailingWebhook(this.env, this.db, endpoint, failed);
      return { ...endpoint, enabled: false, failedInARow: failed };
    }
    return { ...endpoint, failedInARow: failed };
  }

  private async scheduleNext(endpoint: WebhookEndpointRow, more: boolean): Promise<void> {
    const next = more ? Date.now() : await nextDueAt(this.db, endpoint.id, !endpoint.enabled);
    if (next === null) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(Math.max(next, Date.now()));
  }
}

export function webhookSender(env: Env, endpointId: string) {
  return env.WEBHOOK_SENDER.get(env.WEBHOOK_SENDER.idFromName(endpointId));
}
