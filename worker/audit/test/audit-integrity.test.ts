import {
  createExecutionContext,
  createScheduledController,
  runDurableObjectAlarm,
  runInDurableObject,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditChainReport } from "../../../protocol/api";
import { verifierFor } from "../../../protocol/envelope";
import worker from "../../index";
import {
  api,
  type Caller,
  createSecret,
  eventually,
  postJson,
  reveal,
  STRONG_PASSWORD,
  signUp,
  wrongProof,
} from "../../test/client";
import { queuedMessages } from "../../vault/outbox-queue";
import { vaultFor } from "../../vault/vault-for";
import { auditLedger } from "../audit-ledger";

let admin: Caller;
beforeAll(async () => {
  admin = await signUp(); // first account of this file's storage: the admin
});

async function verifyAll(): Promise<AuditChainReport> {
  let from = "";
  for (;;) {
    const res = await api(`/api/audit/verify${from}`, admin);
    expect(res.status).toBe(200);
    const report = await res.json<AuditChainReport>();
    if (!report.intact || report.next === null) return report;
    from = `?from=${report.next}`;
  }
}

async function eventCount(resourceId: string): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM audit_events WHERE resource_id = ?")
    .bind(resourceId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe("audit durability", () => {
  it("keeps a view's event in the vault while D1 refuses it, and delivers it once D1 recovers", async () => {
    const { secret, proof } = await createSecret(admin, { name: "durable" });
    // A real D1 failure, not a mock: the table the vault writes to is taken away.
    await env.DB.exec("ALTER TABLE audit_events RENAME TO audit_events_away");
    try {
      const res = await reveal(secret.id, proof);
      expect(res.status).toBe(200); // the reveal itself never waits on, or fails with, D1
      const queued = await eventually(
        () => runInDurableObject(vaultFor(env, secret.id), (_, state) => queuedMessages(state.storage.kv, "event")),
        (events) => events.length > 0,
      );
      expect(queued.map(([, event]) => (event as { action: string }).action)).toEqual(["view"]);
      const stored = await runInDurableObject(vaultFor(env, secret.id), (_, state) => ({
        ciphertext: state.storage.kv.get("ciphertext"),
        alarm: state.storage.getAlarm(),
      }));
      expect(stored.ciphertext).toBeUndefined(); // the secret is gone even though its record is not delivered
      expect(await stored.alarm).not.toBeNull(); // a retry is scheduled
      await runDurableObjectAlarm(vaultFor(env, secret.id));
      expect(
        await runInDurableObject(vaultFor(env, secret.id), (_, s) => queuedMessages(s.storage.kv, "event").length),
      ).toBe(1);
    } finally {
      await env.DB.exec("ALTER TABLE audit_events_away RENAME TO audit_events");
    }
    expect(await runDurableObjectAlarm(vaultFor(env, secret.id))).toBe(true);
    expect(await eventCount(secret.id)).toBe(2); // create + view
    const row = await env.DB.prepare("SELECT status, views FROM secrets WHERE id = ?").bind(secret.id).first();
    expect(row).toEqual({ status: "viewed", views: 1 });
    // Delivered: the vault now deletes itself, alarm included.
    expect(await runInDurableObject(vaultFor(env, secret.id), (_, s) => [...s.storage.kv.list()].length)).toBe(0);
  });
});

describe("audit chain", () => {
  it("reports an intact chain, then the first event edited in D1", async () => {
    const { secret, proof } = await createSecret(admin, { name: "chained" });
    await reveal(secret.id, proof);
    await eventually(
      () => eventCount(secret.id),
      (n) => n === 2,
    );
    expect(await verifyAll()).toMatchObject({ intact: true, firstBroken: null });

    const target = await env.DB.prepare("SELECT seq, id FROM audit_events WHERE resource_id = ? AND action = 'create'")
      .bind(secret.id)
      .first<{ seq: number; id: string }>();
    await env.DB.prepare("UPDATE audit_events SET resource_name = 'innocent' WHERE seq = ?").bind(target?.seq).run();
    const report = await verifyAll();
    expect(report.intact).toBe(false);
    expect(report.firstBroken).toMatchObject({ seq: target?.seq, id: target?.id });
    expect(report.firstBroken?.reason).toContain("changed");
    await env.DB.prepare("UPDATE audit_events SET resource_name = 'chained' WHERE seq = ?").bind(target?.seq).run();
    expect((await verifyAll()).intact).toBe(true);
  });

  it("detects a deleted event in the middle and at the end", async () => {
    for (let i = 0; i < 3; i++) await createSecret(admin, { name: `filler ${i}` });
    await auditLedger(env).seal();
    const rows = await env.DB.prepare("SELECT * FROM audit_events ORDER BY seq DESC LIMIT 3").all<
      Record<string, unknown>
    >();
    const [newest, middle] = rows.results;
    await env.DB.prepare("DELETE FROM audit_events WHERE seq = ?").bind(middle?.seq).run();
    expect((await verifyAll()).firstBroken?.reason).toContain("removed");
    await reinsert(middle);
    expect((await verifyAll()).intact).toBe(true);
    await env.DB.prepare("DELETE FROM audit_events WHERE seq = ?").bind(newest?.seq).run();
    expect((await verifyAll()).firstBroken?.reason).toContain("newest events are missing");
    await reinsert(newest);
    expect((await verifyAll()).intact).toBe(true);
  });

  it("is admin-only", async () => {
    const member = await signUp();
    expect((await api("/api/audit/verify", member)).status).toBe(403);
    expect((await api("/api/audit/verify")).status).toBe(401);
  });

  it("purges events past retention and still verifies", async () => {
    const old = Date.now() - 400 * 86_400_000;
    await env.DB.prepare(
      "UPDATE audit_events SET at = ? WHERE seq IN (SELECT seq FROM audit_events ORDER BY seq LIMIT 3)",
    )
      .bind(old)
      .run();
    // Those rows changed, so re-seal them as if they had always been old (the chain covers `at`).
    await resealFromStart();
    const before = await env.DB.prepare("SELECT count(*) AS n FROM audit_events WHERE at = ?")
      .bind(old)
      .first<{ n: number }>();
    expect(before?.n).toBe(3);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: "*/5 * * * *", scheduledTime: Date.now() }), env, ctx);
    await waitOnExecutionContext(ctx);
    const after = await env.DB.prepare("SELECT count(*) AS n FROM audit_events WHERE at < ?")
      .bind(Date.now() - 365 * 86_400_000)
      .first<{ n: number }>();
    expect(after?.n).toBe(0);
    expect(await verifyAll()).toMatchObject({ intact: true });
  });
});

describe("no secret material in the audit log", () => {
  it("stores no plaintext, link key, proof, verifier, password, token or session secret", async () => {
    const text = "NEEDLE-plaintext-7f3a9c";
    const passphrase = "needle passphrase 5b1e";
    const { secret, proof, linkKey } = await createSecret(admin, { text, passphrase });
    await reveal(secret.id, await wrongProof());
    await reveal(secret.id, proof);
    const login = await postJson("/api/auth/login", { email: "nobody@example.com", password: STRONG_PASSWORD });
    expect(login.status).toBe(401);
    const token = await (await postJson("/api/tokens", { name: "needle" }, admin)).json<{ token: string }>();
    await eventually(
      () => eventCount(secret.id),
      (n) => n >= 3,
    );
    const verifier = await verifierFor(proof);
    const dump = JSON.stringify((await env.DB.prepare("SELECT * FROM audit_events").all()).results);
    const sessionSecret = (admin.cookie ?? "").split(".")[1] ?? "never";
    const needles = [text, passphrase, proof, verifier, linkKey, STRONG_PASSWORD, token.token, sessionSecret];
    for (const needle of [...needles, token.token.split(".")[1] ?? "never"]) expect(dump).not.toContain(needle);
  });
});

async function reinsert(row: Record<string, unknown> | undefined) {
  if (!row) return;
  const columns = Object.keys(row);
  await env.DB.prepare(`INSERT INTO audit_events (${columns.join(",")}) VALUES (${columns.map(() => "?").join(",")})`)
    .bind(...columns.map((c) => row[c]))
    .run();
}

async function resealFromStart() {
  await env.DB.exec("UPDATE audit_events SET prev_hash = NULL, hash = NULL");
  await runInDurableObject(auditLedger(env), (_, state) => {
    state.storage.kv.delete("head");
  });
  await auditLedger(env).seal();
}
