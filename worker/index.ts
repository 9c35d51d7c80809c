import { app } from "./app";
import { auditLedger } from "./audit/audit-ledger";
import { deleteExpiredSessions } from "./cron/delete-expired-sessions";
import { deleteExpiredVerificationLinks } from "./cron/delete-expired-verification-links";
import { expireOverdue } from "./cron/expire-secrets";
import { purgeOldAuditEvents } from "./cron/purge-audit-events";

export { AuditLedger } from "./audit/audit-ledger";
export { AccountFeed } from "./feed/account-feed";
export { SecretVault } from "./vault/secret-vault";

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
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
