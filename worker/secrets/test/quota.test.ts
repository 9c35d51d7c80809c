import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { Member } from "../../../protocol/api";
import { sealSecret } from "../../../protocol/envelope";
import { app } from "../../app";
import { api, type Caller, errorOf, ORIGIN, signUp } from "../../test/client";

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
    expect(body.quota).toEqual({ activeSecrets: 1000, activeBytes: 104_857_600 });
  });
});
