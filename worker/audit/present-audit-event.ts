// The audit log as the API shows it: one event for one viewer, and the page cursor (queries: db/audit-events.ts).
import type { AuditEvent, User } from "../../protocol/api";
import type { AuditCursor } from "../db/audit-events";
import type { AuditEventRow } from "../db/schema";
import { readPageCursor, writePageCursor } from "../http/page-cursor";

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
