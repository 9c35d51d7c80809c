import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditEventInput } from "../../audit/commit-with-audit";
import { readDevOutbox } from "../../mail/dev-outbox";
import { type Caller, createSecret, eventually, OUTBOX, reveal, signUp } from "../../test/client";
import type { SecretVault } from "../secret-vault";
import { vaultFor } from "../vault-for";
import type { VaultEvent } from "../vault-types";

let owner: Caller & { id: string; email: string };
beforeAll(async () => {
  const account = await signUp();
  owner = { cookie: account.cookie, id: account.user.id, email: account.user.email };
});

async function auditRows(id: string) {
  const { results } = await env.DB.prepare(
    "SELECT action, result, details FROM audit_events WHERE resource_id = ? ORDER BY seq",
  )
    .bind(id)
    .all<{ action: string; result: string; details: string }>();
  return results;
}

async function storedKeys(id: string): Promise<string[]> {
  return runInDurableObject(vaultFor(env, id), (_, state) => [...state.storage.kv.list()].map(([key]) => key));
}

/** Mail from this vault goes to the dev outbox, where the test can read it. */
async function mailToOutbox(id: string) {
  await runInDurableObject(vaultFor(env, id), (instance: SecretVault) => {
    Object.assign(instance, { env: { ...env, ...OUTBOX } });
  });
}

describe("VaultOutbox", () => {
  it("queues a view's event and mail in one sequence, and sends no mail until D1 has the event", async () => {
    const { secret, proof } = await createSecret(owner, { name: "in order", notifyOnView: true, maxViews: 2 });
    await mailToOutbox(secret.id);
    // A real D1 failure, as in the audit durability test: the table the vault writes to is taken away.
    await env.DB.exec("ALTER TABLE audit_events RENAME TO audit_events_away");
    try {
      expect((await reveal(secret.id, proof)).status).toBe(200);
      const queue = await eventually(
        () =>
          runInDurableObject(vaultFor(env, secret.id), (_, state) => [...state.storage.kv.list({ prefix: "outbox:" })]),
        (entries) => entries.length === 2,
      );
      // Listed in key order, which is the order they were put in: the decision's event, then its mail.
      expect(queue.map(([, message]) => (message as { kind: string }).kind)).toEqual(["event", "mail"]);
      expect((await readDevOutbox(env.KV)).some((m) => m.subject.includes("in order"))).toBe(false);
    } finally {
      await env.DB.exec("ALTER TABLE audit_events_away RENAME TO audit_events");
    }
    await runDurableObjectAlarm(vaultFor(env, secret.id));
    expect((await auditRows(secret.id)).map((row) => row.action)).toEqual(["create", "view", "email_sent"]);
    expect((await readDevOutbox(env.KV)).some((m) => m.subject.includes("in order"))).toBe(true);
    // Still active (one view left), so the vault stays, with nothing left in its outbox.
    const keys = await storedKeys(secret.id);
    expect(keys).toContain("ciphertext");
    expect(keys.filter((key) => key.startsWith("outbox:"))).toEqual([]);
  });

  it("delivers what a vault from before the outbox queued under event:* and mail:*, then carries on", async () => {
    const { secret, proof } = await createSecret(owner, { name: "old layout", notifyOnView: true });
    await mailToOutbox(secret.id);
    const oldEvent: AuditEventInput = {
      action: "reveal_failed",
      result: "failure",
      resourceType: "secret",
      resourceId: secret.id,
      resourceName: "old layout",
      ownerId: owner.id,
      details: { reason: "invalid_link" },
      at: Date.now() - 5_000,
    };
    // The layout such a vault left: two queues, each with its own counter, and a retry already counted.
    await runInDurableObject(vaultFor(env, secret.id), (_, state) => {
      const kv = state.storage.kv;
      kv.put("nextEvent", 7);
      kv.put("event:0000000007", oldEvent);
      kv.put("nextMail", 3);
      kv.put("mail:0000000003", { kind: "expired", to: owner.email, secretName: "old layout", at: 1, attempts: 2 });
      kv.put("deliveryAttempts", 2);
    });
    expect(await runDurableObjectAlarm(vaultFor(env, secret.id))).toBe(true);
    const rows = await auditRows(secret.id);
    expect(rows.map((row) => [row.action, row.result])).toEqual([
      ["create", "success"],
      ["reveal_failed", "failure"],
      ["email_sent", "success"],
    ]);
    expect(JSON.parse(rows[2]?.details ?? "{}")).toEqual({ kind: "expired", to: owner.email });
    expect((await readDevOutbox(env.KV)).some((m) => m.subject.includes("old layout"))).toBe(true);
    const keys = await storedKeys(secret.id);
    for (const old of ["nextEvent", "nextMail", "deliveryAttempts"]) expect(keys).not.toContain(old);
    expect(keys.filter((key) => /^(event|mail|outbox):/.test(key))).toEqual([]);
    // The same vault goes on in the new layout: its view is delivered and, ended, it deletes itself.
    expect((await reveal(secret.id, proof)).status).toBe(200);
    await eventually(
      () => storedKeys(secret.id),
      (left) => left.length === 0,
    );
    expect((await auditRows(secret.id)).map((row) => row.action)).toEqual([
      "create",
      "reveal_failed",
      "email_sent",
      "view",
      "email_sent",
    ]);
  });

  it("records an event once when a crash after D1's commit makes the vault deliver it again", async () => {
    const { secret, proof } = await createSecret(owner, { name: "redelivered", maxViews: 2 });
    const vault = vaultFor(env, secret.id);
    const queued = () => runInDurableObject(vault, (_, state) => [...state.storage.kv.list({ prefix: "outbox:" })]);
    // D1 refuses the delivery, so the view's event stays queued where the test can copy it.
    await env.DB.exec("ALTER TABLE audit_events RENAME TO audit_events_away");
    let copy: [string, unknown][];
    try {
      expect((await reveal(secret.id, proof)).status).toBe(200);
      copy = await eventually(queued, (entries) => entries.length === 1);
    } finally {
      await env.DB.exec("ALTER TABLE audit_events_away RENAME TO audit_events");
    }
    await runDurableObjectAlarm(vault);
    expect(await queued()).toEqual([]);
    // What `npm run test:crash` caught: SIGKILL between D1's commit and the outbox's cleanup leaves the
    // batch in D1 and the same messages still queued, and the restarted vault delivers them again.
    await runInDurableObject(vault, (_, state) => {
      for (const [key, message] of copy) state.storage.kv.put(key, message);
    });
    await runInDurableObject(vault, (_, state) => state.storage.setAlarm(Date.now()));
    expect(await runDurableObjectAlarm(vault)).toBe(true);
    expect(await queued()).toEqual([]);
    expect((await auditRows(secret.id)).map((row) => row.action)).toEqual(["create", "view"]);
  });

  it("does not compile an event that leaves out its action: nothing defaults it", () => {
    // tsc -p worker (npm run lint) checks this file too, so the directive fails the lint if `action` turns optional.
    // @ts-expect-error `action` is required
    const unnamed: VaultEvent = { actor: null, details: {} };
    expect(unnamed).not.toHaveProperty("action");
  });
});
