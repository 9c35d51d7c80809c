// CSV for compliance exports. A cell that starts with =, +, -, @ (or a tab or CR) would run as a formula
// in a spreadsheet; it is prefixed with an apostrophe (OWASP's CSV injection advice). Every cell is quoted.
import type { AuditEvent } from "../../protocol/api";

export const AUDIT_CSV_HEADER = [
  "id",
  "time_utc",
  "action",
  "result",
  "resource_type",
  "resource_id",
  "resource_name",
  "user",
  "user_id",
  "ip",
  "country",
  "city",
  "device",
  "user_agent",
  "details",
];

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function auditCsvLine(event: AuditEvent): string {
  return `${[
    event.id,
    event.at,
    event.action,
    event.result,
    event.resourceType,
    event.resourceId,
    event.resourceName,
    event.actor?.email ?? "Unknown",
    event.actor?.id,
    event.ip,
    event.country,
    event.city,
    event.device,
    event.userAgent,
    event.details,
  ]
    .map(csvCell)
    .join(",")}\r\n`;
}
