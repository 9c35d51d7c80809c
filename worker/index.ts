import { app } from "./app";
import { auditLedger } from "./audit/audit-ledger";
import { deleteExpiredSessions } from "./cron/delete-expired-sessions";
import { deleteExpiredVerificationLinks } from "./cron/delete-expired-verification-links";
import { expireOverdue } from "./cron/expire-secrets";
import { purgeOldAuditEvents } from "./cron/purge-audit-events";
import { meteredEnv } from "./dev/storage-meter";

export { AuditLedger } from "./audit/audit-ledger";
export { AccountFeed } from "./feed/account-feed";
export { SecretVault } from "./vault/secret-vault";

export default {
  // The one place a request's env enters: a local app meters its storage here (dev/storage-meter.ts).
  fetch: (request, env, ctx) => app.fetch(request, meteredEnv(env), ctx),
  async scheduled(_controller, rawEnv, ctx) {
    const env = meteredEnv(rawEnv);
    ctx.waitUntil(
      Promise.all([
        expireOverdue(env).then(() => auditLedger(env).seal()),
        deleteExpiredSessions(env),
        deleteExpiredVerificationLinks(env),
        purgeOldAuditEvents(env),
      ]),
    );
  },
} satisfies ExportedHandler<Env>;
