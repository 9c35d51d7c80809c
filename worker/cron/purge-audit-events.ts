import { auditLedger } from "../audit/audit-ledger";
import { configOf } from "../config";

const DAY_MS = 86_400_000;

/** Retention: events older than AUDIT_RETENTION_DAYS (default 365) leave the log, through the ledger. */
export async function purgeOldAuditEvents(env: Env, now = Date.now()): Promise<number> {
  const days = configOf(env).AUDIT_RETENTION_DAYS;
  return auditLedger(env).purgeBefore(now - days * DAY_MS);
}
