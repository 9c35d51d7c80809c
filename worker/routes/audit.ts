import { Hono } from "hono";
import type { AuditChainReport, AuditPage } from "../../protocol/api";
import { auditExportQuery, auditQuery, verifyAuditQuery } from "../../protocol/schemas";
import { AUDIT_CSV_HEADER, auditCsvLine, csvCell } from "../audit/audit-csv";
import { auditLedger } from "../audit/audit-ledger";
import { auditNdjsonLine } from "../audit/audit-ndjson";
import { presentAuditEvent, readAuditCursor, writeAuditCursor } from "../audit/present-audit-event";
import { currentUser, requireAdmin, requireUser } from "../auth/current-user";
import { auditPage, auditScope } from "../db/audit-events";
import type { AuditEventRow } from "../db/schema";
import type { AppEnv } from "../env";
import { valid } from "../http/validate-request";

const EXPORT_PAGE = 1000;
const EXPORT_MAX_ROWS = 100_000;
const VERIFY_CHUNK = 20_000;

export const auditRoutes = new Hono<AppEnv>()
  .get("/audit", requireUser, valid("query", auditQuery), async (c) => {
    const query = c.req.valid("query");
    const filter = auditScope(query, currentUser(c));
    const { rows, next } = await auditPage(c.var.db, filter, query.limit, readAuditCursor(query.cursor));
    const viewer = currentUser(c);
    const items = rows.map((row) => presentAuditEvent(row, viewer));
    return c.json({ items, nextCursor: next ? writeAuditCursor(next) : null } satisfies AuditPage);
  })
  .get("/audit/export", requireUser, valid("query", auditExportQuery), async (c) => {
    const query = c.req.valid("query");
    const viewer = currentUser(c);
    const filter = auditScope(query, viewer);
    const db = c.var.db;
    const encoder = new TextEncoder();
    const ndjson = query.format === "ndjson";
    // NDJSON goes on to the last event (a SIEM takes it whole); a CSV stops at EXPORT_MAX_ROWS.
    const maxRows = ndjson ? Number.POSITIVE_INFINITY : EXPORT_MAX_ROWS;
    const line = ndjson
      ? (row: AuditEventRow) => auditNdjsonLine(row, viewer)
      : (row: AuditEventRow) => auditCsvLine(presentAuditEvent(row, viewer));
    let cursor = readAuditCursor(query.cursor);
    let written = 0;
    // Streamed page by page, pulled only as the client reads (highWaterMark 0: no page is fetched ahead),
    // so a large export never sits in memory whole.
    const body = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          if (!ndjson) controller.enqueue(encoder.encode(`${AUDIT_CSV_HEADER.map(csvCell).join(",")}\r\n`));
        },
        async pull(controller) {
          const { rows, next } = await auditPage(db, filter, EXPORT_PAGE, cursor);
          if (rows.length > 0) controller.enqueue(encoder.encode(rows.map(line).join("")));
          written += rows.length;
          cursor = next ?? undefined;
          if (!next || written >= maxRows) controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const day = new Date().toISOString().slice(0, 10);
    return c.body(body, 200, {
      "Content-Type": ndjson ? "application/x-ndjson; charset=utf-8" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="oncelink-audit-${day}.${ndjson ? "ndjson" : "csv"}"`,
    });
  })
  .get("/audit/verify", requireAdmin, valid("query", verifyAuditQuery), async (c) => {
    return c.json(
      (await auditLedger(c.env).verify(c.req.valid("query").from ?? null, VERIFY_CHUNK)) satisfies AuditChainReport,
    );
  });
