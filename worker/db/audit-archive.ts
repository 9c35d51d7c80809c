// Queries the daily audit archive (worker/cron/archive-audit-days.ts) runs on audit_events, in `seq` order.
// Only sealed events (hash set) are archived; the ledger seals in `seq` order, so they are a prefix.
import { and, asc, gt, isNotNull, lt, lte, sql } from "drizzle-orm";
import type { Database } from "./client";
import { type AuditEventRow, auditEvents } from "./schema";

/** The oldest sealed event: where a first archive starts. */
export async function firstSealedEvent(db: Database): Promise<AuditEventRow | undefined> {
  const [row] = await db
    .select()
    .from(auditEvents)
    .where(isNotNull(auditEvents.hash))
    .orderBy(asc(auditEvents.seq))
    .limit(1);
  return row;
}

/** The newest sealed `seq` after `afterSeq` that happened before `end`: the last event of a day's archive. */
export async function lastSealedSeqBefore(db: Database, afterSeq: number, end: Date): Promise<number | null> {
  const [row] = await db
    .select({ seq: sql<number | null>`max(${auditEvents.seq})` })
    .from(auditEvents)
    .where(and(gt(auditEvents.seq, afterSeq), lt(auditEvents.at, end), isNotNull(auditEvents.hash)));
  return row?.seq ?? null;
}

export function sealedEventsBetween(db: Database, afterSeq: number, throughSeq: number, limit: number) {
  return db
    .select()
    .from(auditEvents)
    .where(and(gt(auditEvents.seq, afterSeq), lte(auditEvents.seq, throughSeq), isNotNull(auditEvents.hash)))
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
}
