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

/**
 * Writes the redacted fields of many rows in one batch; `hash` and `prev_hash` stay as sealed. The webhook
 * deliveries queued for those events (migration 0010's trigger copied the actor's address and the resource's
 * name into each payload) get the same fields: a delivery still pending then sends the redacted body under
 * its same webhook-id, and the delivery log keeps no address of a deleted account.
 */
export async function writeRedactedRows(d1: D1Database, rows: AuditEventRow[]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map((row) => ({
    i: row.id,
    s: row.seq,
    a: row.actorEmail,
    n: row.resourceName,
    d: row.details,
  }));
  const json = JSON.stringify(values);
  await d1.batch([
    d1
      .prepare(
        `UPDATE audit_events SET actor_email = r.value ->> 'a', resource_name = r.value ->> 'n', details = r.value -> 'd'
         FROM json_each(?1) AS r WHERE audit_events.seq = r.value ->> 's'`,
      )
      .bind(json),
    // json_patch drops a key set to null, as the trigger's json_patch('{}', ...) left out null fields.
    d1
      .prepare(
        `UPDATE webhook_deliveries SET payload = json_patch(payload, json_object('data', json_object(
           'resourceName', r.value ->> 'n',
           'actor', CASE WHEN r.value ->> 'a' IS NULL THEN NULL ELSE json_object('email', r.value ->> 'a') END)))
         FROM json_each(?1) AS r WHERE webhook_deliveries.event_id = r.value ->> 'i'`,
      )
      .bind(json),
  ]);
}
