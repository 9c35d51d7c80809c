// NDJSON for a SIEM (GET /api/audit/export?format=ndjson): one event a line, as the API shows it to the
// viewer (present-audit-event.ts), plus its place in the hash chain so a collector can check the order and
// match lines against the archive (`hash` is null for the second or so before the ledger seals it).
import type { User } from "../../protocol/api";
import type { AuditEventRow } from "../db/schema";
import { presentAuditEvent } from "./present-audit-event";

export function auditNdjsonLine(row: AuditEventRow, viewer: User): string {
  const event = { ...presentAuditEvent(row, viewer), seq: row.seq, prevHash: row.prevHash, hash: row.hash };
  return `${JSON.stringify(event)}\n`;
}
