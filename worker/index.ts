import { app } from "./app";
import { deleteExpiredSessions } from "./cron/delete-stale-sessions";
import { expireOverdue } from "./cron/expire-secrets";

export { SecretVault } from "./vault/secret-vault";

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(Promise.all([expireOverdue(env), deleteExpiredSessions(env)]));
  },
} satisfies ExportedHandler<Env>;
