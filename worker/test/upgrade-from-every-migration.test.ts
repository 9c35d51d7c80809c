// Upgrades: for every migration in migrations/ (the list the setup file applies), a database built up to
// that step and filled with what that release wrote, then migrated the rest of the way, must serve the
// API: old sessions and tokens sign in, the audit chain verifies, the dashboard lists every secret.
// A new migration is covered without new code here: it becomes one more step, and the last step's
// fixtures are migrated through it.
import { applyD1Migrations, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { AuditChainReport, AuditPage, SecretPage, SecretPeek, UserResult } from "../../protocol/api";
import { auditLedger } from "../audit/audit-ledger";
import { expireOverdue } from "../cron/expire-secrets";
import { api, postJson, reveal, STRONG_PASSWORD, uniqueEmail } from "./client";
import { FIXTURES, type LegacyDeployment } from "./legacy-fixtures";

const migrations = env.TEST_MIGRATIONS;
const newId = () => crypto.randomUUID().replace(/-/g, "").slice(0, 22);

/** An empty D1 and a ledger that never sealed anything: a deployment before its first migration. */
async function emptyDeployment(): Promise<void> {
  // Children before parents: SQLite checks foreign keys on DROP. Retry until every table is gone.
  for (let round = 0; round < 10; round++) {
    const { results } = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
    ).all<{ name: string }>();
    if (results.length === 0) break;
    for (const { name } of results) await env.DB.exec(`DROP TABLE \`${name}\``).catch(() => undefined);
  }
  await runInDurableObject(auditLedger(env), async (_, state) => {
    await state.storage.deleteAlarm();
    await state.storage.deleteAll();
  });
}

async function json<T>(res: Response): Promise<T> {
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return res.json<T>();
}

describe("upgrading a database from every earlier migration", () => {
  it("knows every fixture's migration", () => {
    const names = new Set(migrations.map((m) => m.name.replace(/\.sql$/, "")));
    for (const key of Object.keys(FIXTURES)) expect(names, key).toContain(key);
  });

  it.each(migrations.map((m, k) => [m.name, k] as const))("from %s", async (_, k) => {
    await emptyDeployment();
    await applyD1Migrations(env.DB, migrations.slice(0, k + 1));
    const now = Date.now();
    const d: LegacyDeployment = {
      password: STRONG_PASSWORD,
      admin: { id: newId(), email: uniqueEmail("admin"), cookie: "" },
      member: { id: newId(), email: uniqueEmail("member"), cookie: "", expiredCookie: "" },
      secrets: [],
      auditEvents: [],
    };
    const applied = new Set(migrations.slice(0, k + 1).map((m) => m.name.replace(/\.sql$/, "")));
    for (const [since, write] of Object.entries(FIXTURES)) if (applied.has(since)) await write(d, now);

    await applyD1Migrations(env.DB, migrations); // the rest, as `wrangler d1 migrations apply` would
    const { results } = await env.DB.prepare("SELECT name FROM d1_migrations").all<{ name: string }>();
    expect(results.map((r) => r.name)).toEqual(migrations.map((m) => m.name));

    // Old sessions and tokens still sign in; an expired one does not.
    const me = await json<UserResult>(await api("/api/me", { cookie: d.member.cookie }));
    expect(me.user).toMatchObject({ id: d.member.id, email: d.member.email, role: "member" });
    const admin = await json<UserResult>(await api("/api/me", { cookie: d.admin.cookie }));
    expect(admin.user.role).toBe("admin");
    expect((await api("/api/me", { cookie: d.member.expiredCookie })).status).toBe(401);
    if (d.admin.bearer) {
      const headers = { Authorization: `Bearer ${d.admin.bearer}` };
      expect((await json<UserResult>(await api("/api/me", { headers }))).user.id).toBe(d.admin.id);
    }
    // The old password hash still signs in.
    const login = await postJson("/api/auth/login", { email: d.member.email, password: d.password });
    expect(login.status).toBe(200);

    // The dashboard lists every secret, each as its row says.
    const page = await json<SecretPage>(await api("/api/secrets?status=all&limit=100", { cookie: d.member.cookie }));
    const shown = new Map(page.items.map((s) => [s.id, s.status]));
    expect(shown).toEqual(new Map(d.secrets.map((s) => [s.id, s.shows])));

    // The recipient side: the surviving vault opens once; a lost vault answers 404 or 410, never 5xx.
    for (const s of d.secrets) {
      const peek = await api(`/api/secrets/${s.id}`);
      if (s.proof) {
        expect((await json<SecretPeek>(peek)).status).toBe("active");
        expect((await reveal(s.id, s.proof)).status).toBe(200);
        expect((await reveal(s.id, s.proof)).status).toBe(404);
      } else {
        expect([404, 410], `${s.shows} ${s.id}`).toContain(peek.status);
      }
    }
    // Burning a secret whose vault was lost ends it in D1: its owner can clear it from the dashboard.
    const orphan = d.secrets.find((s) => s.shows === "active" && !s.proof);
    if (orphan) {
      expect((await api(`/api/secrets/${orphan.id}`, { method: "DELETE", cookie: d.member.cookie })).status).toBe(204);
      const after = await json<SecretPage>(await api("/api/secrets?status=burned", { cookie: d.member.cookie }));
      expect(after.items.map((s) => s.id)).toContain(orphan.id);
    }

    // A pending invite from the old release can still be accepted.
    if (d.invitee) {
      const setup = await postJson("/api/auth/setup", { token: d.invitee.setupToken, password: STRONG_PASSWORD });
      expect(setup.status, await setup.clone().text()).toBe(200);
    }

    // The cron runs on the upgraded schema, and the chain (old links, the unsealed one, all new ones) verifies.
    await expireOverdue(env);
    const report = await json<AuditChainReport>(await api("/api/audit/verify", { cookie: d.admin.cookie }));
    expect(report).toMatchObject({ intact: true, firstBroken: null, pending: 0 });
    const count = await env.DB.prepare("SELECT count(*) AS n FROM audit_events").first<{ n: number }>();
    expect(report.checked).toBe(count?.n);
    for (const id of d.auditEvents) {
      const row = await env.DB.prepare("SELECT hash FROM audit_events WHERE id = ?").bind(id).first<{ hash: string }>();
      expect(row?.hash, id).toBeTruthy();
    }

    // The member's own log lists every event of theirs, the old release's too (0011's backfill of readers).
    const mine = await json<AuditPage>(await api("/api/audit?limit=200", { cookie: d.member.cookie }));
    const { results: theirs } = await env.DB.prepare("SELECT id FROM audit_events WHERE owner_id = ?1 OR actor_id = ?1")
      .bind(d.member.id)
      .all<{ id: string }>();
    expect(theirs.length).toBeGreaterThan(0);
    expect(new Set(mine.items.map((e) => e.id))).toEqual(new Set(theirs.map((e) => e.id)));
  });
});
