// Sealing is off the hot path: a change only asks the AuditLedger to seal soon, and its alarm seals
// everything pending in one pass, so a burst of changes costs a few passes, not one each.
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditChainReport } from "../../../protocol/api";
import { api, type Caller, createSecret, eventually, signUp } from "../../test/client";
import { auditLedger, SEAL_DELAY_MS, SEAL_PASSES_KEY } from "../audit-ledger";

let admin: Caller;
beforeAll(async () => {
  admin = await signUp(); // first account of this file's storage: the admin
});

const ledger = () => auditLedger(env);

function ledgerState() {
  return runInDurableObject(ledger(), async (_, state) => ({
    passes: state.storage.kv.get<number>(SEAL_PASSES_KEY) ?? 0,
    alarm: await state.storage.getAlarm(),
  }));
}

async function unsealedCount(): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM audit_events WHERE hash IS NULL").first<{ n: number }>();
  return row?.n ?? 0;
}

/** Runs the ledger's pending alarm now, as the runtime would within the second (false when none was set). */
function sealByAlarm(): Promise<boolean> {
  return runDurableObjectAlarm(ledger());
}

describe("audit sealing", () => {
  it("asks for a seal without sealing: one alarm, within a second, no pass yet", async () => {
    await sealByAlarm(); // whatever sign-up left pending
    const before = await ledgerState();
    // Many asks at once, straight to the object: the first sets the alarm, the rest find it set.
    await Promise.all(Array.from({ length: 25 }, () => ledger().sealSoon()));
    const done = Date.now();
    const after = await ledgerState();
    expect(after.passes).toBe(before.passes);
    expect(after.alarm).not.toBeNull();
    // Set by one of these asks (or sign-up's), a second ahead of it at most.
    expect(after.alarm ?? 0).toBeLessThanOrEqual(done + SEAL_DELAY_MS);
    expect(await sealByAlarm()).toBe(true);
    expect((await ledgerState()).passes).toBe(before.passes + 1);
    expect(await sealByAlarm()).toBe(false); // one alarm for all 25 asks
  });

  it("seals a burst of changes in a few passes, and the chain verifies after the alarm", async () => {
    const burst = 12;
    await sealByAlarm();
    const before = await ledgerState();
    // One after another, so that sealing after every change would run one pass for each.
    const created: Awaited<ReturnType<typeof createSecret>>[] = [];
    const startedAt = Date.now();
    for (let i = 0; i < burst; i++) created.push(await createSecret(admin, { name: `burst ${i}` }));
    const burstMs = Date.now() - startedAt;
    // Each create recorded its event in D1 and asked for a seal; the alarm may have fired already.
    await eventually(
      async () => {
        await sealByAlarm();
        return unsealedCount();
      },
      (n) => n === 0,
    );
    const passes = (await ledgerState()).passes - before.passes;
    // At most one pass per second of burst (and one for the final alarm above), however slow the machine:
    // sealing after every change would run one per create.
    expect(passes).toBeGreaterThanOrEqual(1);
    expect(passes).toBeLessThanOrEqual(Math.min(burst, Math.ceil(burstMs / SEAL_DELAY_MS) + 1));
    for (const { secret } of created) {
      const row = await env.DB.prepare("SELECT hash FROM audit_events WHERE resource_id = ? AND action = 'create'")
        .bind(secret.id)
        .first<{ hash: string | null }>();
      expect(row?.hash).toBeTruthy();
    }
    const res = await api("/api/audit/verify", admin);
    expect(res.status).toBe(200);
    expect(await res.json<AuditChainReport>()).toMatchObject({ intact: true, firstBroken: null, pending: 0 });
  });
});
