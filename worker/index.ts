import { app } from "./app";
import { auditLedger } from "./audit/audit-ledger";
import { archiveAuditDays } from "./cron/archive-audit-days";
import { deleteExpiredSessions } from "./cron/delete-expired-sessions";
import { deleteExpiredVerificationLinks } from "./cron/delete-expired-verification-links";
import { expireOverdue } from "./cron/expire-secrets";
import { purgeOldAuditEvents } from "./cron/purge-audit-events";
import { upkeepSlackRequests } from "./cron/slack-requests-upkeep";
import { meteredEnv } from "./dev/storage-meter";
import { wakeWebhookSenders } from "./webhooks/wake-webhook-senders";

export { AuditLedger } from "./audit/audit-ledger";
export { AccountFeed } from "./feed/account-feed";
export { SecretVault } from "./vault/secret-vault";
export { WebhookSender } from "./webhooks/webhook-sender";

export default {
  // The one place a request's env enters: a local app meters its storage here (dev/storage-meter.ts).
  fetch: (request, env, ctx) => app.fetch(request, meteredEnv(env), ctx),
  async scheduled(_controller, rawEnv, ctx) {
    const env = meteredEnv(rawEnv);
    ctx.waitUntil(
      Promise.all([
        // Sealed, then archived (an ended day goes to R2 once), then purged (only what the archive holds).
        expireOverdue(env)
          .then(() => auditLedger(env).seal())
          .then(() => archiveAuditDays(env))
          .finally(() => purgeOldAuditEvents(env)),
        deleteExpiredSessions(env),
        deleteExpiredVerificationLinks(env),
        upkeepSlackRequests(env),
        // Webhook senders wake themselves by alarm and after each seal pass; this catches any left asleep.
        wakeWebhookSenders(env),
      ]),
    );
  },
} satisfies ExportedHandler<Env>;
