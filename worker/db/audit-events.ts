// Queries on the audit_events table: one page of events under the caller's filters, newest first on
// (at, seq), and the counts other features take from the log. Every page is one range of one index: an
// admin's whole-deployment page reads audit_events' own indexes, a member's reads audit_event_readers
// (migration 0011), where each account's rows lie together under each filter.
import { and, count, desc, eq, getTableColumns, gte, lte, type SQL, sql } from "drizzle-orm";
import type { User } from "../../protocol/api";
import type { AuditResult } from "../../protocol/enums";
import type { AuditQuery } from "../../protocol/schemas";
import { ApiError } from "../http/errors";
import { auditEventReaders } from "./audit-readers-table";
import type { Database } from "./client";
import { type AuditEventInsert, type AuditEventRow, auditEvents } from "./schema";

export interface AuditCursor {
  at: number;
  seq: number;
}

/** Whose events a page shows: every account's (an admin's scope=all), or one reader's. */
export interface AuditScope {
  query: Pick<AuditQuery, "action" | "resourceType" | "result" | "since" | "until">;
  readerId: string | null;
}

export function auditScope(query: AuditQuery, viewer: User): AuditScope {
  if (query.scope === "all" && viewer.role !== "admin") {
    throw new ApiError(403, "forbidden", "Only an administrator can read the whole deployment's audit log.");
  }
  // A member sees what happened to their resources and what they did themselves: their reader rows.
  return { query, readerId: query.scope === "all" ? null : viewer.id };
}

type Columns = typeof auditEvents | typeof auditEventReaders;

/** The filters and the cursor on one table's (at, seq) columns; a row value, so the cursor is a range bound. */
function conditions(t: Columns, { query }: AuditScope, after?: AuditCursor): (SQL | undefined)[] {
  return [
    query.action ? eq(t.action, query.action) : undefined,
    query.resourceType ? eq(t.resourceType, query.resourceType) : undefined,
    query.result ? resultIs(t, query.result, query.action !== undefined) : undefined,
    query.since ? gte(t.at, new Date(query.since)) : undefined,
    query.until ? lte(t.at, new Date(query.until)) : undefined,
    after ? sql`(${t.at}, ${t.seq}) < (${after.at}, ${after.seq})` : undefined,
  ];
}

/**
 * With an action too, `unlikely()` tells SQLite (which has no statistics) that the result narrows the page
 * further, so it reads the one range of the (action, result, time) index; otherwise, once the time is bounded
 * on both sides, it weighs (result, time), every success or failure of the deployment, as just as good.
 */
function resultIs(t: Columns, result: AuditResult, withAction: boolean): SQL {
  return withAction ? sql`unlikely(${t.result} = ${result})` : eq(t.result, result);
}

/** The page's statement, unexecuted: the route runs it, and the query-plan test explains it. */
export function auditPageQuery(db: Database, scope: AuditScope, limit: number, after?: AuditCursor) {
  if (scope.readerId === null) {
    return db
      .select()
      .from(auditEvents)
      .where(and(...conditions(auditEvents, scope, after)))
      .orderBy(desc(auditEvents.at), desc(auditEvents.seq))
      .limit(limit + 1);
  }
  const r = auditEventReaders;
  return db
    .select(getTableColumns(auditEvents))
    .from(r)
    .innerJoin(auditEvents, eq(auditEvents.seq, r.seq))
    .where(and(eq(r.accountId, scope.readerId), ...conditions(r, scope, after)))
    .orderBy(desc(r.at), desc(r.seq))
    .limit(limit + 1);
}

export async function auditPage(db: Database, scope: AuditScope, limit: number, after?: AuditCursor) {
  const rows: AuditEventRow[] = await auditPageQuery(db, scope, limit, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? { at: last.at.getTime(), seq: last.seq } : null };
}

/** Mails sent on behalf of an account since `since`, counted from its successful email_sent events. */
export async function countMailsSentSince(db: Database, accountId: string, since: Date): Promise<number> {
  const [row] = await mailsSentSinceQuery(db, accountId, since);
  return row?.sent ?? 0;
}

/**
 * One range of audit_owner_at_idx (the account's events since `since`). The unary `+` keeps SQLite, which
 * has no statistics, from choosing audit_result_at_idx instead: that index's range is every successful
 * event of the whole deployment since `since`.
 */
export function mailsSentSinceQuery(db: Database, accountId: string, since: Date) {
  return db
    .select({ sent: count() })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.ownerId, accountId),
        eq(auditEvents.action, "email_sent"),
        sql`+${auditEvents.result} = ${"success"}`,
        gte(auditEvents.at, since),
      ),
    );
}

/** Appends events, as a statement to run alone or in a batch with the change they record. */
/**
 * An event already in the table (same id) is left as it is: a vault that crashed after D1 committed its
 * batch, but before it could clear its outbox, delivers the same events again, and they must count once.
 */
export function insertAuditEvents(db: Database, rows: AuditEventInsert[]) {
  return db.insert(auditEvents).values(rows).onConflictDoNothing({ target: auditEvents.id });
}
