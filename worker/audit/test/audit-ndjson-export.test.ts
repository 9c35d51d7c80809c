import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, type Caller, errorOf, signUp } from "../../test/client";
import { auditLedger } from "../audit-ledger";

/** Past the CSV export's 100,000-row cap, so a capped NDJSON export would show. */
const EVENTS = 100_500;
const BASE_AT = Date.parse("2026-10-01T00:00:00Z");
let admin: Caller & { user: { id: string } };
let member: Caller & { user: { id: string } };

/**
 * 100,500 events written straight into D1 in one statement (a recursive CTE), as if months of use had
 * made them: every tenth a view, the rest creates, each with a long User-Agent so the export is tens of MB.
 * `hash` is "h-<id>" so a line can be matched to its row; the ledger has sealed everything before, and
 * nothing in this file records an event after, so it never rewrites them.
 */
async function seedEvents(ownerId: string): Promise<void> {
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
     INSERT INTO audit_events (id, at, action, result, resource_type, resource_id, resource_name, owner_id,
       actor_id, actor_email, ip, country, city, device, user_agent, details, prev_hash, hash)
     SELECT 'seed-' || i, ?2 + i * 1000, CASE WHEN i % 10 = 0 THEN 'view' ELSE 'create' END, 'success', 'secret',
       'secret-' || i, 'name ' || i, ?3, ?3, 'seed@example.com', '192.0.2.' || (i % 250), 'DE', 'Berlin',
       'Chrome 131 on Linux (desktop)', ?4, '{"maxViews":1}', 'p-seed-' || i, 'h-seed-' || i FROM n`,
  )
    .bind(EVENTS, BASE_AT, ownerId, `Mozilla/5.0 (X11; Linux x86_64) ${"AppleWebKit/537.36 ".repeat(8)}`)
    .run();
}

interface Streamed {
  lines: number;
  bytes: number;
  largestChunk: number;
  chunks: number;
  first: Record<string, unknown> | null;
  last: Record<string, unknown> | null;
  ordered: boolean;
  hashesMatch: boolean;
}

/** Reads the body chunk by chunk, keeping only counters: the test itself never holds the export whole. */
async function readNdjson(res: Response): Promise<Streamed> {
  const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error("no body");
  const seen: Streamed = {
    lines: 0,
    bytes: 0,
    largestChunk: 0,
    chunks: 0,
    first: null,
    last: null,
    ordered: true,
    hashesMatch: true,
  };
  let rest = "";
  let previousAt = Number.POSITIVE_INFINITY;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    seen.bytes += part.value.length;
    seen.chunks += 1;
    seen.largestChunk = Math.max(seen.largestChunk, part.value.length);
    const lines = (rest + part.value).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) {
      const event = JSON.parse(line) as Record<string, unknown>;
      const at = Date.parse(String(event.at));
      if (at > previousAt) seen.ordered = false; // newest first, as the audit page shows them
      previousAt = at;
      if (event.hash !== `h-${event.id}` || event.prevHash !== `p-${event.id}`) seen.hashesMatch = false;
      seen.first ??= event;
      seen.last = event;
      seen.lines += 1;
    }
  }
  expect(rest).toBe(""); // every line ends with \n
  return seen;
}

beforeAll(async () => {
  admin = await signUp(); // the first account: the admin
  member = await signUp();
  // Seal the sign-ups' events now, so no alarm is left to reseal the seeded rows.
  await auditLedger(env).seal();
  await runDurableObjectAlarm(auditLedger(env));
  await seedEvents(admin.user.id);
}, 120_000);

describe("GET /api/audit/export?format=ndjson", () => {
  it("streams all 100,500 matching events, past the CSV's cap, newest first, page by page, each line with its chain hash", async () => {
    // Straight into the app (vars: the same bindings), so the chunks read are the ones the Worker enqueued,
    // not re-cut by a transport in between.
    const res = await api("/api/audit/export?format=ndjson&scope=all&resourceType=secret", { ...admin, vars: {} });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(/filename="oncelink-audit-\d{4}-\d{2}-\d{2}\.ndjson"/);
    const seen = await readNdjson(res);
    expect(seen.lines).toBe(EVENTS); // every one: the CSV's 100,000-row cap does not apply
    expect(seen.ordered).toBe(true);
    expect(seen.hashesMatch).toBe(true);
    expect(seen.first).toMatchObject({ id: `seed-${EVENTS}`, seq: expect.any(Number), action: "view" });
    expect(seen.last).toMatchObject({ id: "seed-1", action: "create", resourceName: "name 1" });
    // Tens of MB went by in pieces no bigger than one page of 1,000 lines: the Worker never built it whole.
    console.log(
      `NDJSON export: ${seen.lines} lines, ${seen.bytes} chars in ${seen.chunks} chunks, largest ${seen.largestChunk}`,
    );
    expect(seen.bytes).toBeGreaterThan(40_000_000);
    expect(seen.chunks).toBeGreaterThanOrEqual(100);
    expect(seen.largestChunk).toBeLessThan(1_000_000);
  }, 300_000);

  it("has the audit page's filters: action and time range", async () => {
    const since = new Date(BASE_AT + 50_001 * 1000).toISOString();
    const res = await api(`/api/audit/export?format=ndjson&scope=all&action=view&since=${since}`, admin);
    const seen = await readNdjson(res);
    expect(seen.lines).toBe(5050); // views are every tenth event, seed-50010 .. seed-100500
    expect(seen.last).toMatchObject({ id: "seed-50010", action: "view" });
  }, 120_000);

  it("has the audit page's authorization: a member sees only their own events and may not ask for all", async () => {
    const refused = await api("/api/audit/export?format=ndjson&scope=all", member);
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe("forbidden");
    const own = await readNdjson(await api("/api/audit/export?format=ndjson", member));
    expect(own.lines).toBeGreaterThan(0); // their sign-up
    expect(own.first).toMatchObject({ resourceType: "account", actor: { id: member.user.id } });
    expect((await api("/api/audit/export?format=ndjson")).status).toBe(401);
    expect((await api("/api/audit/export?format=xml", admin)).status).toBe(400);
  });

  it("leaves the CSV export as it was, the default", async () => {
    const res = await api("/api/audit/export?scope=all&action=view", admin);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const text = await res.text();
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(10_051); // header + every view
  });

  it("stops the CSV export at 100,000 rows when more match", async () => {
    const res = await api("/api/audit/export?scope=all&resourceType=secret", { ...admin, vars: {} });
    const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
    if (!reader) throw new Error("no body");
    let rows = 0;
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      rows += part.value.split("\r\n").length - 1; // no cell holds a line break (ids, names, user agents)
    }
    expect(rows).toBe(1 + 100_000); // header + the cap, of the 100,500 that match
  }, 300_000);
});
