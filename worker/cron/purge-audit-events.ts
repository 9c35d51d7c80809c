import { auditLedger } from "../audit/audit-ledger";
import { configOf } from "../config";
import { readArchiveHead } from "./archive-audit-days";

const DAY_MS = 86_400_000;

/**
 * Retention: events older than AUDIT_RETENTION_DAYS (default 365) leave the log, through the ledger. With
 * an AUDIT_ARCHIVE bucket bound, only events the daily archive already holds may go: a day not archived yet
 * stays in D1 however old it is.
 */
export async function purgeOldAuditEvents(env: Env, now = Date.now()): Promise<number> {
  const days = configOf(env).AUDIT_RETENTION_DAYS;
  const bucket: R2Bucket | undefined = env.AUDIT_ARCHIVE;
  const archivedThrough = bucket ? ((await readArchiveHead(bucket))?.seq ?? 0) : undefined;
  return auditLedger(env).purgeBefore(now - days * DAY_MS, archivedThrough);
}
