import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiToken, Secret } from "../../../protocol/api";
import { api, type Caller, errorOf, postJson, STRONG_PASSWORD, signUp } from "../../test/client";

let owner: Caller;
let stranger: Caller;
beforeAll(async () => {
  owner = await signUp();
  stranger = await signUp();
});

async function newToken(caller: Caller, name = "deploy script") {
  const res = await postJson("/api/tokens", { name }, caller);
  expect(res.status).toBe(201);
  return res.json<ApiToken & { token: string }>();
}

/** A script's request: bearer token, no cookie, no Origin header. */
function withToken(token: string, path: string, init: RequestInit = {}) {
  return api(path, { ...init, headers: { Authorization: `Bearer ${token}` } });
}

describe("API tokens", () => {
  it("are shown once, listed without their secret, and stored only as a hash", async () => {
    const created = await newToken(owner);
    expect(created.token).toMatch(/^olk_[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
    const list = await (await api("/api/tokens", owner)).json<{ items: Record<string, unknown>[] }>();
    expect(list.items.find((t) => t.id === created.id)).toEqual({
      id: created.id,
      name: "deploy script",
      createdAt: created.createdAt,
      lastUsedAt: null,
    });
    const rows = await env.DB.prepare("SELECT * FROM api_tokens").all();
    const secretPart = created.token.split(".")[1] ?? "";
    expect(JSON.stringify(rows.results)).not.toContain(secretPart);
  });

  it("authenticate scripts without the Origin check, and record their last use", async () => {
    const { token, id } = await newToken(owner);
    const res = await withToken(token, "/api/secrets", {
      method: "POST",
      body: JSON.stringify({ text: "from a script", expiresIn: 300 }),
    });
    expect(res.status).toBe(201);
    const { link, secret } = await res.json<{ link: string; secret: Secret }>();
    expect(link).toContain(`/s/${secret.id}#`);
    const me = await withToken(token, "/api/me");
    expect(me.status).toBe(200);
    const mine = await (await withToken(token, "/api/secrets")).json<{ items: Secret[] }>();
    expect(mine.items.map((s) => s.id)).toContain(secret.id);
    const list = await (await api("/api/tokens", owner)).json<{ items: ApiToken[] }>();
    expect(list.items.find((t) => t.id === id)?.lastUsedAt).not.toBeNull();
  });

  it("stop working at once when revoked", async () => {
    const { token, id } = await newToken(owner);
    expect((await withToken(token, "/api/me")).status).toBe(200);
    expect((await api(`/api/tokens/${id}`, { method: "DELETE", ...owner })).status).toBe(204);
    const after = await withToken(token, "/api/me");
    expect(after.status).toBe(401);
    expect((await errorOf(after)).code).toBe("unauthenticated");
    const list = await (await api("/api/tokens", owner)).json<{ items: ApiToken[] }>();
    expect(list.items.some((t) => t.id === id)).toBe(false);
  });

  it("can be revoked only by their owner: 404 to others, 401 to anonymous callers", async () => {
    const { token, id } = await newToken(owner);
    const foreign = await api(`/api/tokens/${id}`, { method: "DELETE", ...stranger });
    expect(foreign.status).toBe(404);
    expect((await errorOf(foreign)).code).toBe("not_found");
    const anonymous = await api(`/api/tokens/${id}`, { method: "DELETE" });
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe("unauthenticated");
    expect((await api("/api/tokens")).status).toBe(401);
    const theirs = await (await api("/api/tokens", stranger)).json<{ items: ApiToken[] }>();
    expect(theirs.items.some((t) => t.id === id)).toBe(false);
    expect((await withToken(token, "/api/me")).status).toBe(200);
  });

  it("refuse a wrong or malformed bearer even beside a valid cookie", async () => {
    const { token } = await newToken(owner);
    const tampered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    for (const bearer of [tampered, "olk_nope", "not-a-token"]) {
      const res = await api("/api/me", { headers: { Authorization: `Bearer ${bearer}` }, ...owner });
      expect(res.status).toBe(401);
    }
    expect((await api("/api/me", { headers: { Authorization: "Basic abc" } })).status).toBe(401);
  });

  it("refuse empty or oversized names", async () => {
    expect((await postJson("/api/tokens", { name: "  " }, owner)).status).toBe(400);
    expect((await postJson("/api/tokens", { name: "x".repeat(101) }, owner)).status).toBe(400);
    expect((await postJson("/api/tokens", {}, owner)).status).toBe(400);
  });
});

describe("a leaked API token", () => {
  it("cannot mint another token, so revoking it ends everything it could do", async () => {
    const a = await newToken(owner, "token A");
    const minted = await withToken(a.token, "/api/tokens", {
      method: "POST",
      body: JSON.stringify({ name: "token B" }),
    });
    expect(minted.status).toBe(403);
    expect((await errorOf(minted)).code).toBe("session_required");
    const list = await (await api("/api/tokens", owner)).json<{ items: ApiToken[] }>();
    expect(list.items.some((t) => t.name === "token B")).toBe(false);
    await api(`/api/tokens/${a.id}`, { method: "DELETE", ...owner });
    expect((await withToken(a.token, "/api/secrets")).status).toBe(401);
  });

  it("cannot revoke tokens, nor change the account's password", async () => {
    const a = await newToken(owner, "token A");
    const b = await newToken(owner, "token B");
    const revoke = await withToken(a.token, `/api/tokens/${b.id}`, { method: "DELETE" });
    expect(revoke.status).toBe(403);
    expect((await withToken(b.token, "/api/secrets")).status).toBe(200);
    const body = JSON.stringify({ currentPassword: "irrelevant", newPassword: "a brand new passphrase 99" });
    const change = await withToken(a.token, "/api/auth/password", { method: "POST", body });
    expect(change.status).toBe(403);
    expect((await errorOf(change)).code).toBe("session_required");
  });

  it("stops working when the account's password changes", async () => {
    const account = await signUp();
    const token = await newToken(account, "survivor?");
    expect((await withToken(token.token, "/api/secrets")).status).toBe(200);
    const change = await postJson(
      "/api/auth/password",
      { currentPassword: STRONG_PASSWORD, newPassword: "a brand new passphrase 99" },
      account,
    );
    expect(change.status).toBe(204);
    expect((await withToken(token.token, "/api/secrets")).status).toBe(401);
    const rows = await env.DB.prepare("SELECT id FROM api_tokens WHERE user_id = ?").bind(account.user.id).all();
    expect(rows.results).toEqual([]);
  });

  it("refuses control characters in a token's name", async () => {
    const res = await postJson("/api/tokens", { name: "ci\r\nBcc: x@evil.example" }, owner);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/^name: /);
  });
});
