// Queries on the audit_events table: one page of events under the caller's filters, newest first on
// (at, seq), and the counts other features take from the log.
import { and, count, desc, eq, gte, lt, lte, or, type SQL } from "drizzle-orm";
import type { User } from "../../protocol/api";
import type { AuditQuery } from "../../protocol/schemas";
import { ApiError } from "../http/errors";
import type { Database } from "./client";
import { type AuditEventInsert, auditEvents } from "./schema";

export interface AuditCursor {
  at: number;
  seq: number;
}

export function auditFilter(query: AuditQuery, viewer: User): SQL | undefined {
  if (query.scope === "all" && viewer.role !== "admin") {
    throw new ApiError(403, "forbidden", "Only an administrator can read the whole deployment's audit log.");
  }
  return and(
    // A member sees what happened to their resources and what they did themselves.
    query.scope === "all" ? undefined : or(eq(auditEvents.ownerId, viewer.id), eq(auditEvents.actorId, viewer.id)),
    query.action ? eq(auditEvents.action, query.action) : undefined,
    query.resourceType ? eq(auditEvents.resourceType, query.resourceType) : undefined,
    query.result ? eq(auditEvents.result, query.result) : undefined,
    query.since ? gte(auditEvents.at, new Date(query.since)) : undefined,
    query.until ? lte(auditEvents.at, new Date(query.until)) : undefined,
  );
}

export async function auditPage(db: Database, filter: SQL | undefined, limit: number, after?: AuditCursor) {
  const afterCursor = after
    ? or(
        lt(auditEvents.at, new Date(after.at)),
        and(eq(auditEvents.at, new Date(after.at)), lt(auditEvents.seq, after.seq)),
      )
    : undefined;
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(filter, afterCursor))
    .orderBy(desc(auditEvents.at), desc(auditEvents.seq))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? { at: last.at.getTime(), seq: last.seq } : null };
}

/** Mails sent on behalf of an account since `since`, counted from its successful email_sent events. */
export async function countMailsSentSince(db: Database, accountId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ sent: count() })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.ownerId, accountId),
        eq(auditEvents.action, "email_sent"),
        eq(auditEvents.result, "success"),
        gte(auditEvents.at, since),
      ),
    );
  return row?.sent ?? 0;
}

/** Appends events, as a statement to run alone or in a batch with the change they record. */
/**
 * An event already in the table (same id) is left as it is: a vault that crashed after D1 committed its
 * batch, but before it could clear its outbox, delivers the same events again, and they must count once.
 */
export function insertAuditEvents(db: Database, rows: AuditEventInsert[]) {
  return db.insert(auditEvents).values(rows).onConflictDoNothing({ target: auditEvents.id });
}
