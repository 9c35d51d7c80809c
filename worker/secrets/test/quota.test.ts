import { createExecutionContext, listDurableObjectIds, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { Member } from "../../../protocol/api";
import { sealSecret } from "../../../protocol/envelope";
import { app } from "../../app";
import { api, type Caller, errorOf, ORIGIN, signUp } from "../../test/client";
import type { VaultState } from "../../vault/vault-types";

let admin: Caller;

beforeAll(async () => {
  admin = await signUp(); // first account of this file's storage
});

async function create(caller: Caller, vars: Partial<Env>, text = "x") {
  const sealed = await sealSecret({ text });
  return app.fetch(
    new Request(`${ORIGIN}/api/secrets`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: ORIGIN, Cookie: caller.cookie ?? "" },
      body: JSON.stringify({ ciphertext: sealed.ciphertext, verifier: sealed.verifier }),
    }),
    { ...env, ...vars },
    createExecutionContext(),
  );
}

describe("storage quotas", () => {
  it("cap an account's active secrets, naming the limit, and free up as secrets end", async () => {
    const owner = await signUp();
    const vars = { QUOTA_ACTIVE_SECRETS: "2" };
    expect((await create(owner, vars)).status).toBe(201);
    const second = await create(owner, vars);
    expect(second.status).toBe(201);
    const refused = await create(owner, vars);
    expect(refused.status).toBe(403);
    const error = await errorOf(refused);
    expect(error.code).toBe("quota_exceeded");
    expect(error.message).toContain("2");
    const { secret } = await second.json<{ secret: { id: string } }>();
    await api(`/api/secrets/${secret.id}`, { method: "DELETE", ...owner });
    expect((await create(owner, vars)).status).toBe(201);
  });

  it("cap the bytes an account's active secrets hold", async () => {
    const owner = await signUp();
    const vars = { QUOTA_ACTIVE_BYTES: "300" };
    expect((await create(owner, vars, "a".repeat(100))).status).toBe(201);
    const refused = await create(owner, vars, "b".repeat(200));
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toContain("300 bytes");
  });

  it("are visible to the admin, per member", async () => {
    const owner = await signUp();
    await create(owner, {}, "c".repeat(50));
    const res = await api("/api/users", admin);
    const body = await res.json<{
      items: (Member & { usage: { activeSecrets: number; activeBytes: number } })[];
      quota: unknown;
    }>();
    const me = body.items.find((m) => m.id === owner.user.id);
    expect(me?.usage.activeSecrets).toBe(1);
    expect(me?.usage.activeBytes).toBeGreaterThan(50);
    expect(body.quota).toEqual({ activeSecrets: 1000, activeBytes: 1_073_741_824 });
  });

  it("hold exactly under racing creates: never more accepted than the limit, and no refused one left in a vault", async () => {
    const owner = await signUp();
    const vars = { QUOTA_ACTIVE_SECRETS: "3" };
    const answers = await Promise.all(Array.from({ length: 8 }, () => create(owner, vars)));
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([201, 201, 201, 403, 403, 403, 403, 403]);
    for (const res of answers.filter((answer) => answer.status === 403)) {
      expect((await errorOf(res)).code).toBe("quota_exceeded");
    }
    const accepted = await Promise.all(
      answers
        .filter((res) => res.status === 201)
        .map(async (res) => (await res.json<{ secret: { id: string } }>()).secret.id),
    );
    // D1 holds exactly the accepted rows and their create events: a refused insert took its audit event with it.
    const rows = await env.DB.prepare("select id from secrets where owner_id = ?")
      .bind(owner.user.id)
      .all<{ id: string }>();
    expect(rows.results.map((row) => row.id).sort()).toEqual([...accepted].sort());
    const events = await env.DB.prepare(
      "select count(*) as n from audit_events where action = 'create' and result = 'success' and owner_id = ?",
    )
      .bind(owner.user.id)
      .first<{ n: number }>();
    expect(events?.n).toBe(3);
    // The vaults were deposited in parallel with D1: each refused create emptied its own (compensation).
    expect((await vaultsHeldBy(owner.user.id)).sort()).toEqual([...accepted].sort());
  });

  it("empty the vault of a create refused for its bytes: nothing to peek at", async () => {
    const owner = await signUp();
    const vars = { QUOTA_ACTIVE_BYTES: "250" };
    expect((await create(owner, vars, "a".repeat(100))).status).toBe(201);
    const before = new Set(await vaultIds());
    const refused = await create(owner, vars, "b".repeat(100));
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toContain("250 bytes");
    const touched = (await vaultIds()).filter((id) => !before.has(id));
    for (const id of touched) {
      const state = await runInDurableObject(env.SECRET_VAULT.get(env.SECRET_VAULT.idFromString(id)), (_, ctx) =>
        ctx.storage.kv.get<VaultState>("state"),
      );
      expect(state).toBeUndefined();
    }
    expect(await vaultsHeldBy(owner.user.id)).toHaveLength(1);
  });
});

async function vaultIds(): Promise<string[]> {
  return (await listDurableObjectIds(env.SECRET_VAULT)).map((id) => id.toString());
}

/** The secret ids whose vaults still hold a deposit for this owner. */
async function vaultsHeldBy(ownerId: string): Promise<string[]> {
  const held: string[] = [];
  for (const id of await listDurableObjectIds(env.SECRET_VAULT)) {
    const state = await runInDurableObject(env.SECRET_VAULT.get(id), (_, ctx) =>
      ctx.storage.kv.get<VaultState>("state"),
    );
    if (state?.ownerId === ownerId) {
      held.push(state.id);
      const peek = await api(`/api/secrets/${state.id}`);
      expect(peek.status).toBe(200);
    }
  }
  return held;
}
