// The audit log over a large history: rows match migrations/0002_audit_events.sql (migration 0011's trigger
// writes their reader rows as they go in). The seeded history sits
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

const SMALL = 10_000;
/** The large timeline holds this many events per one of the small seed's. */
const SPREAD = 100;
/** The measured account's events: every tenth of the small seed, the same 1,000 at both sizes. */
const OWN_EVERY = 10;

export const auditPage: ScaleCase = {
  name: "audit page",
  unit: "events",
  small: SMALL,
  large: SMALL * SPREAD,
  routes: [
    { name: "GET /api/audit (own)", path: "/api/audit?limit=50" },
    { name: "GET /api/audit?action=view (own)", path: "/api/audit?action=view&limit=50" },
    { name: "GET /api/audit?result=failure (own)", path: "/api/audit?result=failure&limit=50" },
    { name: "GET /api/audit?resourceType=account (own)", path: "/api/audit?resourceType=account&limit=50" },
    { name: "GET /api/audit?scope=all&action=login_failed", path: "/api/audit?scope=all&action=login_failed&limit=50" },
    { name: "GET /api/audit?scope=all&result=failure", path: "/api/audit?scope=all&result=failure&limit=50" },
  ],
  seed: seedEvents,
};

/**
 * Where event i stands in time, in 6 s slots before now. The small seed takes every SPREAD-th slot and the
 * top-up fills the slots between, so at 1M events the measured account's 1,000 are 1 in 1,000 everywhere,
 * the newest pages included: a page that walked other accounts' events would walk 100 times as many.
 */
function slotOf(i: number): number {
  if (i < SMALL) return i * SPREAD;
  const k = i - SMALL;
  return Math.floor(k / (SPREAD - 1)) * SPREAD + (k % (SPREAD - 1)) + 1;
}

/** The measured account's: every tenth small-seed event, cycling through the kinds of event (i % 10). */
function isOwn(i: number): boolean {
  return i < SMALL && i % OWN_EVERY === Math.floor(i / OWN_EVERY) % OWN_EVERY;
}

/** The measured account owns 1,000 events (1 in 10 at 10k, 1 in 1,000 at 1M); 500 other accounts the rest. */
function seedEvents(db: DatabaseSync, ownerId: string, from: number, to: number): void {
  const now = Date.now();
  const insert = db.prepare(
    `INSERT INTO audit_events (seq, id, at, action, result, resource_type, resource_id, resource_name, owner_id,
       actor_id, actor_email, ip, country, city, device, user_agent, details)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NL', 'Amsterdam', 'Chrome on macOS', ?, '{}')`,
  );
  insertRows(db, from, to, (i) => {
    const action = i % 50 === 7 ? "login_failed" : (ACTIONS[i % ACTIONS.length] ?? "create");
    const owner = isOwn(i) ? ownerId : `seeded-owner-${i % 500}`;
    const account = action.startsWith("login");
    const actor = ANONYMOUS.has(action) ? null : owner;
    insert.run(
      -(i + 1),
      encodeBase64Url(randomBytes(16)),
      now - (slotOf(i) + 1) * 6 * SECOND,
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
