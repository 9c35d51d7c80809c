// `oncelink audit`: the caller's audit events (GET /api/audit, every page), or the server's CSV export.
import { once } from "node:events";
import type { AuditEvent, AuditPage } from "../../../protocol/api";
import { AUDIT_ACTIONS } from "../../../protocol/enums";
import { callApi, send } from "../api-client";
import { parseCommand, parseDuration } from "../args";
import { usageError } from "../cli-error";
import { loadSettings, requireToken, requireUrl } from "../config";
import { textTable } from "../text-table";
import { auditVerify } from "./audit-verify";

const OPTIONS = { action: { type: "string" }, since: { type: "string" }, csv: { type: "boolean" } } as const;
const PAGE_SIZE = 200;

function actionFilter(action: string | undefined): string | undefined {
  if (action !== undefined && !(AUDIT_ACTIONS as readonly string[]).includes(action)) {
    throw usageError(`--action takes one of ${AUDIT_ACTIONS.join(", ")}: got ${action}`);
  }
  return action;
}

/** --since: an ISO 8601 date-time with Z or an offset, a UTC date (2026-12-01), or a span ago (24h, 7d). */
export function sinceFilter(text: string | undefined, now = Date.now()): string | undefined {
  if (text === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))) return `${text}T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text))) {
    return new Date(text).toISOString();
  }
  if (/^\d+[smhd]?$/.test(text)) return new Date(now - parseDuration("--since", text) * 1000).toISOString();
  throw usageError(
    `--since takes a date (2026-12-01), a date-time with Z or an offset, or a span ago (24h, 7d): got ${text}`,
  );
}

async function writeOut(chunk: Uint8Array): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
}

function eventRow(event: AuditEvent): string[] {
  const resource = event.resourceName ?? event.resourceId ?? "";
  return [
    event.at,
    event.action,
    event.result,
    resource ? `${event.resourceType} ${resource}` : event.resourceType,
    event.actor?.email ?? "Unknown",
    event.ip ?? "",
  ];
}

export async function audit(args: string[]): Promise<void> {
  if (args[0] === "verify") return auditVerify(args.slice(1));
  const { values } = parseCommand(args, OPTIONS, 0);
  const filters: Record<string, string> = {};
  const action = actionFilter(values.action);
  const since = sinceFilter(values.since);
  if (action) filters.action = action;
  if (since) filters.since = since;
  const settings = loadSettings();
  const origin = requireUrl(settings);
  const token = requireToken(settings);

  if (values.csv) {
    const response = await send(origin, `/api/audit/export?${new URLSearchParams(filters)}`, { token });
    const reader = response.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) await writeOut(part.value);
    return;
  }
  const events: AuditEvent[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ ...filters, limit: String(PAGE_SIZE), ...(cursor && { cursor }) });
    const page: AuditPage = await callApi<AuditPage>(origin, `/api/audit?${query}`, { token });
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  process.stdout.write(textTable(["TIME", "ACTION", "RESULT", "RESOURCE", "ACTOR", "IP"], events.map(eventRow)));
}
