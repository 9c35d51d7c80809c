// The owner's dashboard list over a large history: the rows match migrations/0000_init.sql's secrets table.
import type { DatabaseSync } from "node:sqlite";
import { encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { insertRows } from "./local-d1";
import type { ScaleCase } from "./scale-case";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const dashboardList: ScaleCase = {
  name: "dashboard list",
  unit: "secrets",
  small: 1_000,
  large: 100_000,
  routes: [
    { name: "GET /api/secrets?limit=20", path: "/api/secrets?limit=20" },
    { name: "GET /api/secrets?status=expired&limit=20", path: "/api/secrets?status=expired&limit=20" },
  ],
  seed: seedSecrets,
};

/**
 * Row i was created i+1 minutes ago, in a fixed mix: 80% viewed, 10% expired, 5% burned, 5% still active.
 * Rows from..to-1, so a second call tops the same owner up with older history.
 */
function seedSecrets(db: DatabaseSync, ownerId: string, from: number, to: number): void {
  const now = Date.now();
  const insert = db.prepare(
    `INSERT INTO secrets (id, owner_id, name, status, created_at, expires_at, max_views, views, viewed_at,
       ended_at, passphrase, require_login, recipient_email, notify_on_view, size_bytes)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 0, 0, NULL, 0, 120)`,
  );
  insertRows(db, from, to, (i) => {
    const createdAt = now - (i + 1) * MINUTE;
    const kind = i % 20;
    const status = kind < 2 ? "expired" : kind === 2 ? "active" : kind === 3 ? "burned" : "viewed";
    const expiresAt = status === "active" ? now + 24 * HOUR : createdAt + HOUR;
    const viewedAt = status === "viewed" ? createdAt + 10 * MINUTE : null;
    const endedAt = { active: null, expired: expiresAt, burned: createdAt + 5 * MINUTE, viewed: viewedAt }[status];
    const id = encodeBase64Url(randomBytes(16));
    insert.run(id, ownerId, `seeded ${i}`, status, createdAt, expiresAt, viewedAt ? 1 : 0, viewedAt, endedAt);
  });
}
