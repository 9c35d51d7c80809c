import { Hono } from "hono";
import type { AuditChainReport, AuditPage } from "../../protocol/api";
import { auditQuery, verifyAuditQuery } from "../../protocol/schemas";
import { AUDIT_CSV_HEADER, auditCsvLine, csvCell } from "../audit/audit-csv";
import { auditLedger } from "../audit/audit-ledger";
import { presentAuditEvent, readAuditCursor, writeAuditCursor } from "../audit/present-audit-event";
import { currentUser, requireAdmin, requireUser } from "../auth/current-user";
import { auditFilter, auditPage } from "../db/audit-events";
import type { AppEnv } from "../env";
import { valid } from "../http/validate-request";

const EXPORT_PAGE = 1000;
const EXPORT_MAX_ROWS = 100_000;
const VERIFY_CHUNK = 20_000;

export const auditRoutes = new Hono<AppEnv>()
  .get("/audit", requireUser, valid("query", auditQuery), async (c) => {
    const query = c.req.valid("query");
    const filter = auditFilter(query, currentUser(c));
    const { rows, next } = await auditPage(c.var.db, filter, query.limit, readAuditCursor(query.cursor));
    const viewer = currentUser(c);
    const items = rows.map((row) => presentAuditEvent(row, viewer));
    return c.json({ items, nextCursor: next ? writeAuditCursor(next) : null } satisfies AuditPage);
  })
  .get("/audit/export", requireUser, valid("query", auditQuery), async (c) => {
    const query = c.req.valid("query");
    const viewer = currentUser(c);
    const filter = auditFilter(query, viewer);
    const db = c.var.db;
    const encoder = new TextEncoder();
    let cursor = readAuditCursor(query.cursor);
    let written = 0;
    // Streamed page by page, so a large export never sits in memory whole.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(`${AUDIT_CSV_HEADER.map(csvCell).join(",")}\r\n`));
      },
      async pull(controller) {
        const { rows, next } = await auditPage(db, filter, EXPORT_PAGE, cursor);
        controller.enqueue(encoder.encode(rows.map((row) => auditCsvLine(presentAuditEvent(row, viewer))).join("")));
        written += rows.length;
        cursor = next ?? undefined;
        if (!next || written >= EXPORT_MAX_ROWS) controller.close();
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    return c.body(body, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="oncelink-audit-${day}.csv"`,
    });
  })
  .get("/audit/verify", requireAdmin, valid("query", verifyAuditQuery), async (c) => {
    return c.json(
      (await auditLedger(c.env).verify(c.req.valid("query").from ?? null, VERIFY_CHUNK)) satisfies AuditChainReport,
    );
  });
