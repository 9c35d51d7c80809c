// Secret requests end to end through the Worker (PROTOCOL 9): real D1, real vaults, real audit log.
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditPage, RequestPeek, ResponseStored, RevealResult } from "../../../protocol/api";
import { openSecret } from "../../../protocol/envelope";
import { api, type Caller, errorOf, eventually, postJson, signUp } from "../../test/client";
import { pastExpiry } from "../../test/vault-clock";
import { vaultFor } from "../../vault/vault-for";
import { makeRequest, openResponse, ownedRequest, respond } from "./request-client";

let requester: Caller & { email: string };
let stranger: Caller;
beforeAll(async () => {
  const account = await signUp();
  requester = { cookie: account.cookie, email: account.user.email };
  stranger = await signUp();
});

describe("a secret request's life", () => {
  it("is asked, answered without an account, listed with its responder, and opened exactly once", async () => {
    const made = await makeRequest(requester, { note: "For the deploy on Friday.\nThanks!", expiresIn: 86_400 });
    expect(made.request).toMatchObject({ status: "open", maxResponses: 1, responseCount: 0 });
    expect(made.request.url).toBe(`https://oncelink.test/r/${made.request.id}`);

    const peek = await api(`/api/requests/${made.request.id}`);
    expect(peek.status).toBe(200);
    expect(await peek.json<RequestPeek>()).toEqual({
      id: made.request.id,
      name: "Staging DB password",
      note: "For the deploy on Friday.\nThanks!",
      status: "open",
      from: requester.email,
      fromVerified: false,
      publicKey: made.keys.publicKey,
      expiresAt: made.request.expiresAt,
    });

    const headers = {
      "CF-Connecting-IP": "203.0.113.7",
      "User-Agent":
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    };
    const answered = await respond(made.request.id, made.keys.publicKey, "pa55w0rd\n", { headers });
    expect(answered.status).toBe(201);
    const stored = await answered.json<ResponseStored>();
    expect(Object.keys(stored).sort()).toEqual(["createdAt", "id"]);

    const listed = await ownedRequest(requester, made.request.id);
    expect(listed).toMatchObject({ status: "answered", responseCount: 1 });
    const [response] = listed?.responses ?? [];
    expect(response).toMatchObject({ id: stored.id, status: "active", viewedAt: null });
    expect(response?.responder).toMatchObject({
      email: null,
      ip: "203.0.113.7",
      device: "Chrome 131 on macOS (desktop)",
    });
    // Not among the requester's secrets: it is listed with its request.
    const secrets = await api("/api/secrets", requester).then((r) => r.json<{ items: { id: string }[] }>());
    expect(secrets.items.map((s) => s.id)).not.toContain(stored.id);

    const first = await openResponse(made, response ?? { id: "", ephemeralKey: "" });
    expect(first.res.status).toBe(200);
    const { ciphertext } = await first.res.json<RevealResult>();
    expect(await openSecret(ciphertext, first.encKey)).toEqual({ text: "pa55w0rd\n" });
    const second = await openResponse(made, response ?? { id: "", ephemeralKey: "" });
    expect(second.res.status).toBe(404);

    const viewed = await eventually(
      () => ownedRequest(requester, made.request.id),
      (item) => item?.responses[0]?.status === "viewed",
    );
    expect(viewed?.responses[0]?.viewedAt).not.toBeNull();
    const actions = await eventually(
      async () => {
        const page = await api("/api/audit?limit=200", requester).then((r) => r.json<AuditPage>());
        return page.items
          .filter((e) => e.resourceId === made.request.id || e.resourceId === stored.id)
          .map((e) => `${e.action} ${e.resourceType}`);
      },
      (list) => list.includes("view secret"),
    );
    expect(actions.sort()).toEqual(["request_create secret_request", "request_respond secret_request", "view secret"]);
  });

  it("takes exactly one of 20 responders racing for a one-response request", async () => {
    const made = await makeRequest(requester);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, k) => respond(made.request.id, made.keys.publicKey, `answer ${k}`)),
    );
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const res of answers.filter((r) => r.status === 409))
      expect((await errorOf(res)).code).toBe("request_answered");
    const listed = await ownedRequest(requester, made.request.id);
    expect(listed?.responseCount).toBe(1);
    expect(listed?.responses).toHaveLength(1);
  });

  it("takes exactly three of 15 responders racing for three places", async () => {
    const made = await makeRequest(requester, { maxResponses: 3 });
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, k) => respond(made.request.id, made.keys.publicKey, `answer ${k}`)),
    );
    expect(answers.filter((res) => res.status === 201)).toHaveLength(3);
    const listed = await ownedRequest(requester, made.request.id);
    expect(listed?.responses).toHaveLength(3);
    const texts = await Promise.all(
      (listed?.responses ?? []).map(async (response) => {
        const { res, encKey } = await openResponse(made, response);
        return (await openSecret((await res.json<RevealResult>()).ciphertext, encKey)).text;
      }),
    );
    expect(texts.every((text) => /^answer \d+$/.test(text))).toBe(true);
    expect(new Set(texts).size).toBe(3);
  });

  it("closes: no more responses, the answered ones stay openable, and only its owner may close it", async () => {
    const made = await makeRequest(requester, { maxResponses: 5 });
    const before = await respond(made.request.id, made.keys.publicKey, "kept");
    expect(before.status).toBe(201);
    const close = `/api/requests/${made.request.id}/close`;
    expect((await postJson(close, {}, stranger)).status).toBe(404);
    const closed = await postJson(close, {}, requester);
    expect(closed.status).toBe(200);
    expect((await closed.json<{ request: { status: string } }>()).request.status).toBe("closed");
    const again = await postJson(close, {}, requester);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe("request_closed");
    const late = await respond(made.request.id, made.keys.publicKey, "too late");
    expect(late.status).toBe(409);
    expect(await errorOf(late)).toEqual({
      code: "request_closed",
      message: "This request was closed by the person who asked",
    });
    const peek = await api(`/api/requests/${made.request.id}`).then((r) => r.json<RequestPeek>());
    expect(peek.status).toBe("closed");
    const [response] = (await ownedRequest(requester, made.request.id))?.responses ?? [];
    expect((await openResponse(made, response ?? { id: "", ephemeralKey: "" })).res.status).toBe(200);
    const events = await api("/api/audit?action=request_close", requester).then((r) => r.json<AuditPage>());
    expect(events.items.map((e) => e.resourceId)).toContain(made.request.id);
  });

  it("says a request is expired, to responders and to its owner", async () => {
    const made = await makeRequest(requester, { expiresIn: 60 });
    await env.DB.prepare("UPDATE secret_requests SET expires_at = ? WHERE id = ?")
      .bind(Date.now() - 1000, made.request.id)
      .run();
    const res = await respond(made.request.id, made.keys.publicKey, "late");
    expect(res.status).toBe(410);
    expect(await errorOf(res)).toEqual({ code: "expired", message: "This request has expired" });
    expect((await api(`/api/requests/${made.request.id}`).then((r) => r.json<RequestPeek>())).status).toBe("expired");
    expect((await postJson(`/api/requests/${made.request.id}/close`, {}, requester)).status).toBe(410);
  });

  it("lets an unopened response expire like a secret: listed as expired, not openable, its vault emptied", async () => {
    const made = await makeRequest(requester, { expiresIn: 3600 });
    const answered = await respond(made.request.id, made.keys.publicKey, "kept too long");
    expect(answered.status).toBe(201);
    const { id } = await answered.json<ResponseStored>();
    // The response's vault reaches its expiry: its own alarm ends it, as it ends a secret.
    const vault = vaultFor(env, id);
    await pastExpiry(id);
    await runDurableObjectAlarm(vault);
    const listed = await eventually(
      () => ownedRequest(requester, made.request.id),
      (item) => item?.responses[0]?.status === "expired",
    );
    const [response] = listed?.responses ?? [];
    expect(response).toMatchObject({ id, status: "expired", viewedAt: null });
    const opened = await openResponse(made, response ?? { id: "", ephemeralKey: "" });
    expect(opened.res.status).toBe(410);
    expect(await runInDurableObject(vault, (_, state) => [...state.storage.kv.list()])).toEqual([]);
  });
});

describe("what a request refuses", () => {
  it("an unknown or malformed id: 404 for the peek, the response and the close", async () => {
    for (const id of ["A".repeat(22), "not-an-id"]) {
      expect((await api(`/api/requests/${id}`)).status).toBe(404);
      const keys = await makeRequest(requester).then((m) => m.keys);
      expect((await respond(id, keys.publicKey, "x")).status).toBe(404);
      expect((await postJson(`/api/requests/${id}/close`, {}, requester)).status).toBe(404);
    }
  });

  it("a response larger than MAX_SECRET_BYTES: 413, and nothing is stored", async () => {
    const made = await makeRequest(requester);
    const vars = { MAX_SECRET_BYTES: "1024" };
    const res = await respond(made.request.id, made.keys.publicKey, "x".repeat(2000), { vars });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("too_large");
    expect((await ownedRequest(requester, made.request.id))?.responseCount).toBe(0);
  });

  it("a key that is not a P-256 point, on create and on respond: 400 naming the field", async () => {
    const bad = `BA${"A".repeat(85)}`;
    const created = await postJson("/api/requests", { name: "x", publicKey: bad }, requester);
    expect(created.status).toBe(400);
    expect((await errorOf(created)).message).toContain("publicKey");
    const made = await makeRequest(requester);
    const body = { ephemeralKey: bad, ciphertext: `AQ${"A".repeat(37)}`, verifier: "A".repeat(43) };
    const res = await postJson(`/api/requests/${made.request.id}/responses`, body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain("ephemeralKey");
  });

  it("creating without an account: 401; another account's list never shows the request", async () => {
    const made = await makeRequest(requester);
    expect((await postJson("/api/requests", { name: "x", publicKey: made.keys.publicKey })).status).toBe(401);
    expect(await ownedRequest(stranger, made.request.id)).toBeUndefined();
  });

  it("the peek names no response, and a signed-in responder is recorded by address", async () => {
    const made = await makeRequest(requester, { maxResponses: 2 });
    expect((await respond(made.request.id, made.keys.publicKey, "one", { cookie: stranger.cookie })).status).toBe(201);
    const peek = await api(`/api/requests/${made.request.id}`).then((r) => r.text());
    expect(peek).not.toContain("responses");
    expect(peek).not.toContain("ephemeral");
    const [response] = (await ownedRequest(requester, made.request.id))?.responses ?? [];
    expect(response?.responder.email).toMatch(/@example\.com$/);
  });
});
