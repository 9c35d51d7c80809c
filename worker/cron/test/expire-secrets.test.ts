import {
  createExecutionContext,
  createScheduledController,
  runInDurableObject,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../index";
import { api, createSecret, reveal, signUp } from "../../test/client";
import { pastExpiry } from "../../test/vault-clock";
import { vaultFor } from "../../vault/vault-for";

async function runCron() {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron: "*/5 * * * *", scheduledTime: Date.now() }), env, ctx);
  await waitOnExecutionContext(ctx);
}

/** Moves a secret's expiry into the past in D1 and in its vault, with the vault's alarm lost. */
async function backdate(id: string) {
  await env.DB.prepare("UPDATE secrets SET expires_at = ? WHERE id = ?")
    .bind(Date.now() - 1000, id)
    .run();
  await pastExpiry(id, { ago: 1000, loseAlarm: true });
}

describe("the expiry cron", () => {
  it("expires what is past its time and still active, and empties its vault", async () => {
    const owner = await signUp();
    const overdue = await createSecret(owner);
    const current = await createSecret(owner);
    await backdate(overdue.secret.id);
    await runCron();
    const rows = await env.DB.prepare("SELECT id, status, ended_at FROM secrets WHERE id IN (?, ?)")
      .bind(overdue.secret.id, current.secret.id)
      .all<{ id: string; status: string; ended_at: number | null }>();
    const byId = Object.fromEntries(rows.results.map((row) => [row.id, row]));
    expect(byId[overdue.secret.id]).toMatchObject({ status: "expired" });
    expect(byId[overdue.secret.id]?.ended_at).toBeGreaterThan(0);
    expect(byId[current.secret.id]).toMatchObject({ status: "active", ended_at: null });
    const keys = await runInDurableObject(vaultFor(env, overdue.secret.id), (_, state) => [...state.storage.kv.list()]);
    expect(keys).toEqual([]);
    expect((await api(`/api/secrets/${overdue.secret.id}`)).status).toBe(410);
    expect((await reveal(current.secret.id, current.proof)).status).toBe(200);
  });

  it("is idempotent with the alarm and with itself", async () => {
    const owner = await signUp();
    const overdue = await createSecret(owner);
    await backdate(overdue.secret.id);
    await runCron();
    await runCron();
    const row = await env.DB.prepare("SELECT status FROM secrets WHERE id = ?").bind(overdue.secret.id).first();
    expect(row).toEqual({ status: "expired" });
  });

  it("leaves a viewed secret viewed", async () => {
    const owner = await signUp();
    const viewed = await createSecret(owner);
    expect((await reveal(viewed.secret.id, viewed.proof)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await env.DB.prepare("UPDATE secrets SET expires_at = ? WHERE id = ?")
      .bind(Date.now() - 1000, viewed.secret.id)
      .run();
    await runCron();
    const row = await env.DB.prepare("SELECT status FROM secrets WHERE id = ?").bind(viewed.secret.id).first();
    expect(row).toEqual({ status: "viewed" });
  });
});

describe("the cron's clean-up of verification links", () => {
  it("deletes expired links and keeps live ones", async () => {
    const [stale, live] = [await signUp(), await signUp()];
    await env.DB.prepare("UPDATE email_verifications SET expires_at = ? WHERE user_id = ?")
      .bind(Date.now() - 1000, stale.user.id)
      .run();
    await runCron();
    const rows = await env.DB.prepare("SELECT user_id FROM email_verifications WHERE user_id IN (?, ?)")
      .bind(stale.user.id, live.user.id)
      .all<{ user_id: string }>();
    expect(rows.results.map((row) => row.user_id)).toEqual([live.user.id]);
  });
});
