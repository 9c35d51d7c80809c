// Every filtered audit page of every scope is one range of one index (README, Audit log): SQLite's own
// EXPLAIN QUERY PLAN of the statement the route runs names the index, and shows no full scan and no sort.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditQuery } from "../../../protocol/schemas";
import { type AuditCursor, type AuditScope, auditPageQuery, mailsSentSinceQuery } from "../audit-events";
import { openDatabase } from "../client";
import { recentViewsQuery } from "../secret-views";

const MEMBER = "plan-member-000000000000";

/** A few events of several accounts, so the plans are those of a table with rows in it. */
beforeAll(async () => {
  const insert = env.DB.prepare(
    `INSERT INTO audit_events (id, at, action, result, resource_type, owner_id, actor_id, details)
     VALUES (?, ?, ?, ?, ?, ?, ?, '{}')`,
  );
  const rows = Array.from({ length: 200 }, (_, i) =>
    insert.bind(
      crypto.randomUUID(),
      Date.now() - i * 1000,
      i % 3 === 0 ? "view" : "create",
      i % 5 === 0 ? "failure" : "success",
      i % 4 === 0 ? "account" : "secret",
      i % 7 === 0 ? MEMBER : `plan-other-${i % 13}`,
      i % 11 === 0 ? MEMBER : null,
    ),
  );
  await env.DB.batch(rows);
});

async function planOf(scope: AuditScope, after?: AuditCursor): Promise<string[]> {
  return planOfQuery(auditPageQuery(openDatabase(env.DB), scope, 50, after));
}

async function planOfQuery(statement: { toSQL(): { sql: string; params: unknown[] } }): Promise<string[]> {
  const query = statement.toSQL();
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .bind(...query.params)
    .all<{ detail: string }>();
  return results.map((row) => row.detail);
}

type Filter = Pick<AuditQuery, "action" | "resourceType" | "result">;
const FILTERS: [string, Filter, string, string][] = [
  // name, filter, the member's index, the admin's index
  ["no filter", {}, "audit_readers_at_idx", "audit_at_idx"],
  ["action=", { action: "view" }, "audit_readers_action_at_idx", "audit_action_at_idx"],
  ["result=", { result: "failure" }, "audit_readers_result_at_idx", "audit_result_at_idx"],
  ["resourceType=", { resourceType: "account" }, "audit_readers_resource_type_at_idx", "audit_resource_type_at_idx"],
  [
    "action= and result=",
    { action: "view", result: "failure" },
    "audit_readers_action_result_at_idx",
    "audit_action_result_at_idx",
  ],
];
const CURSOR = { at: Date.now() - 50_000, seq: 150 };
const WINDOW = { since: new Date(Date.now() - 3_600_000).toISOString(), until: new Date().toISOString() };

describe("audit page query plans", () => {
  for (const [name, filter, memberIndex, adminIndex] of FILTERS) {
    for (const [scopeName, readerId, index] of [
      ["a member's page", MEMBER, memberIndex],
      ["an admin's scope=all page", null, adminIndex],
    ] as const) {
      for (const [pageName, query, after] of [
        ["first page", filter, undefined],
        ["a later page (cursor)", filter, CURSOR],
        ["since/until", { ...filter, ...WINDOW }, CURSOR],
      ] as const) {
        it(`${scopeName}, ${name}, ${pageName}: one range of ${index}`, async () => {
          const plan = await planOf({ query, readerId }, after);
          const outer = plan[0] ?? "";
          const shown = plan.join("\n");
          // The one page with no bound at all (an admin's whole log, first page) walks audit_at_idx from its
          // newest end, and LIMIT stops it after the page; every other page seeks a range of its index.
          const unbounded = readerId === null && name === "no filter" && !after;
          const step = unbounded ? "SCAN" : "SEARCH";
          expect(outer, shown).toMatch(new RegExp(`^${step} \\w+ USING (COVERING )?INDEX ${index}\\b`));
          // The (at, seq) cursor bounds the range, rather than filtering row by row after it.
          if (after) expect(outer, shown).toMatch(/\(at,seq\)<\(\?,\?\)|\bat<\?/);
          for (const detail of plan) {
            expect(detail, shown).not.toMatch(/TEMP B-TREE/);
            expect(detail, shown).not.toMatch(/^SCAN \w+$/); // a table scan
          }
          // A member's page joins each reader row to its event by primary key, never by a scan.
          if (readerId)
            expect(plan.slice(1), shown).toEqual(["SEARCH audit_events USING INTEGER PRIMARY KEY (rowid=?)"]);
        });
      }
    }
  }
});

// Two reads outside the audit pages, run on every mail and every dashboard list: each one index range of the
// account's (or the secrets') own events. Without statistics SQLite would otherwise take audit_result_at_idx,
// whose range is every successful event of the deployment.
describe("other audit reads' query plans", () => {
  it("the daily mail count reads one range of the account's events since the day began", async () => {
    const plan = await planOfQuery(
      mailsSentSinceQuery(openDatabase(env.DB), MEMBER, new Date(Date.now() - 86_400_000)),
    );
    expect(plan, plan.join("\n")).toEqual(["SEARCH audit_events USING INDEX audit_owner_at_idx (owner_id=? AND at>?)"]);
  });

  it("a dashboard's recent views look up each listed secret's events by resource id", async () => {
    const plan = await planOfQuery(recentViewsQuery(openDatabase(env.DB), MEMBER, ["s1", "s2", "s3"]));
    const shown = plan.join("\n");
    const reads = plan.filter((detail) => /\baudit_events\b/.test(detail));
    expect(reads, shown).toEqual(["SEARCH audit_events USING INDEX audit_resource_idx (resource_id=?)"]);
  });
});
