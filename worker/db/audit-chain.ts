// Queries the AuditLedger runs on audit_events to seal, verify and purge the hash chain, in `seq` order.
import { and, asc, desc, eq, gt, gte, lt, lte, sql } from "drizzle-orm";
import { auditEventReaders } from "./audit-readers-table";
import type { Database } from "./client";
import { type AuditEventRow, auditEvents } from "./schema";

/** Events after `seq`, oldest first: what the ledger has not sealed yet. */
export function eventsAfter(db: Database, seq: number, limit: number): Promise<AuditEventRow[]> {
  return db.select().from(auditEvents).where(gt(auditEvents.seq, seq)).orderBy(asc(auditEvents.seq)).limit(limit);
}

/** Writes many links in one statement: they travel as a single JSON parameter. */
export async function writeLinks(d1: D1Database, links: { s: number; p: string; h: string }[]): Promise<void> {
  await d1
    .prepare(
      `UPDATE audit_events SET prev_hash = link.value ->> 'p', hash = link.value ->> 'h'
       FROM json_each(?1) AS link WHERE audit_events.seq = link.value ->> 's'`,
    )
    .bind(JSON.stringify(links))
    .run();
}

export function eventsBetween(db: Database, from: number, to: number, limit: number): Promise<AuditEventRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(and(gte(auditEvents.seq, from), lte(auditEvents.seq, to)))
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
}

export async function countEventsAfter(db: Database, seq: number): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)` }).from(auditEvents).where(gt(auditEvents.seq, seq));
  return row?.count ?? 0;
}

/** The newest event before `seq`, as a link. */
export async function linkBefore(db: Database, seq: number): Promise<{ seq: number; hash: string | null } | undefined> {
  const [row] = await db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(lt(auditEvents.seq, seq))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return row;
}

/** The first `seq` at or after `at`, or null when every event is older. */
export async function firstSeqSince(db: Database, at: Date): Promise<number | null> {
  const [row] = await db
    .select({ seq: sql<number | null>`min(${auditEvents.seq})` })
    .from(auditEvents)
    .where(gte(auditEvents.at, at));
  return row?.seq ?? null;
}

export function eventAt(db: Database, seq: number): Promise<AuditEventRow | undefined> {
  return db.query.auditEvents.findFirst({ where: eq(auditEvents.seq, seq) });
}

/** Deletes the prefix up to `seq`, with its reader rows (migration 0011), in one batch; answers how many events went. */
export async function deleteEventsThrough(db: Database, seq: number): Promise<number> {
  const [, deleted] = await db.batch([
    db.delete(auditEventReaders).where(lte(auditEventReaders.seq, seq)),
    db.delete(auditEvents).where(lte(auditEvents.seq, seq)).returning({ seq: auditEvents.seq }),
  ]);
  return deleted.length;
}
