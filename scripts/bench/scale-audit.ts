// The audit log over a large history: rows match migrations/0002_audit_events.sql. The seeded history sits
// below seq 1, outside the hash chain: the AuditLedger seals rows above its head (seq >= 1) and verifies
// from seq 1, so it never spends the run sealing a million rows, while the list routes, ordered by
// (at, seq), read them like any other.
import type { DatabaseSync } from "node:sqlite";
import { encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { insertRows } from "./local-d1";
import type { ScaleCase } from "./scale-case";

const SECOND = 1000;
/** One event in ten of each kind of a secret's life, with an occasional failed sign-in. */
const ACTIONS = ["create", "view", "create", "view", "expire", "create", "view", "login", "reveal_failed", "burn"];
const ANONYMOUS = new Set(["view", "reveal_failed", "expire"]);

export const auditPage: ScaleCase = {
  name: "audit page",
  unit: "events",
  small: 10_000,
  large: 1_000_000,
  routes: [
    { name: "GET /api/audit?action=view (own)", path: "/api/audit?action=view&limit=50" },
    { name: "GET /api/audit?scope=all&action=login_failed", path: "/api/audit?scope=all&action=login_failed&limit=50" },
  ],
  seed: seedEvents,
};

/** Event i happened (i+1) x 6 s ago; one in seven belongs to the owner, the rest to 500 other accounts. */
function seedEvents(db: DatabaseSync, ownerId: string, from: number, to: number): void {
  const now = Date.now();
  const insert = db.prepare(
    `INSERT INTO audit_events (seq, id, at, action, result, resource_type, resource_id, resource_name, owner_id,
       actor_id, actor_email, ip, country, city, device, user_agent, details)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NL', 'Amsterdam', 'Chrome on macOS', ?, '{}')`,
  );
  insertRows(db, from, to, (i) => {
    const action = i % 50 === 7 ? "login_failed" : (ACTIONS[i % ACTIONS.length] ?? "create");
    const owner = i % 7 === 0 ? ownerId : `seeded-owner-${i % 500}`;
    const account = action.startsWith("login");
    const actor = ANONYMOUS.has(action) ? null : owner;
    insert.run(
      -(i + 1),
      encodeBase64Url(randomBytes(16)),
      now - (i + 1) * 6 * SECOND,
      action,
      action === "login_failed" || action === "reveal_failed" ? "failure" : "success",
      account ? "account" : "secret",
      account ? owner : `seeded-secret-${i}`,
      account ? `${owner}@example.com` : `seeded ${i}`,
      owner,
      actor,
      actor ? `${actor}@example.com` : null,
      `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    );
  });
}
