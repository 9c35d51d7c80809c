// Queries the AuditLedger runs to erase a deleted account's address from the audit events (audit/redact-account.ts).
import { and, asc, eq, gt, lte, or } from "drizzle-orm";
import type { Database } from "./client";
import { type AuditEventRow, auditEvents } from "./schema";

/**
 * Sealed events that may name the account, oldest first: those it did (actor) and those about it (the
 * account as resource). Both columns are indexed (audit_actor_at_idx, audit_resource_idx).
 */
export function eventsNamingAccount(
  db: Database,
  accountId: string,
  afterSeq: number,
  throughSeq: number,
  limit: number,
): Promise<AuditEventRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        or(eq(auditEvents.actorId, accountId), eq(auditEvents.resourceId, accountId)),
        gt(auditEvents.seq, afterSeq),
        lte(auditEvents.seq, throughSeq),
      ),
    )
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
}

/** Writes the redacted fields of many rows in one statement; `hash` and `prev_hash` stay as sealed. */
export async function writeRedactedRows(d1: D1Database, rows: AuditEventRow[]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map((row) => ({ s: row.seq, a: row.actorEmail, n: row.resourceName, d: row.details }));
  await d1
    .prepare(
      `UPDATE audit_events SET actor_email = r.value ->> 'a', resource_name = r.value ->> 'n', details = r.value -> 'd'
       FROM json_each(?1) AS r WHERE audit_events.seq = r.value ->> 's'`,
    )
    .bind(JSON.stringify(values))
    .run();
}
