// Reading the audit log: one page of events under the caller's filters, newest first on (at, seq).
import { and, desc, eq, gte, lt, lte, or, type SQL } from "drizzle-orm";
import type { AuditEvent, User } from "../../protocol/api";
import type { AuditQuery } from "../../protocol/schemas";
import type { Database } from "../db/client";
import { type AuditEventRow, auditEvents } from "../db/schema";
import { ApiError } from "../http/errors";
import { readPageCursor, writePageCursor } from "../http/page-cursor";

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

export function writeAuditCursor(cursor: AuditCursor): string {
  return writePageCursor(cursor.at, cursor.seq);
}

export function readAuditCursor(raw: string | undefined): AuditCursor | undefined {
  const cursor = readPageCursor(raw, "number");
  return cursor && { at: cursor.at, seq: cursor.tieBreaker };
}

/**
 * One event as `viewer` may see it. The resource's name is the owner's label ("Prod DB password for
 * Acme"): a viewer who is only the event's actor (a recipient who viewed, a stranger whose proof failed)
 * sees the event without it. Owners and admins see it whole.
 */
export function presentAuditEvent(row: AuditEventRow, viewer: User): AuditEvent {
  const mayReadName = viewer.role === "admin" || row.ownerId === viewer.id;
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    result: row.result,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    resourceName: mayReadName ? row.resourceName : null,
    actor: row.actorId ? { id: row.actorId, email: row.actorEmail ?? "" } : null,
    ip: row.ip,
    country: row.country,
    city: row.city,
    device: row.device,
    userAgent: row.userAgent,
    details: row.details ?? {},
  };
}
