// The bench's storage meter: on a local app (outbox mail, loopback origins) it counts every D1 call and
// Durable Object request made through env; anywhere else env is left as it is and /dev/storage-meter is 404.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { envelopeUpload, sealSecret } from "../../../protocol/envelope";
import worker from "../../index";
import { api, STRONG_PASSWORD } from "../../test/client";
import { meteredEnv, readStorageMeter, resetStorageMeter } from "../storage-meter";

const LOCAL = "http://127.0.0.1:8787";
const localEnv = { ...env, MAIL_TRANSPORT: "outbox", APP_ORIGIN: LOCAL } as Env;

async function local(path: string, init: RequestInit = {}, ip = "127.0.0.1"): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("CF-Connecting-IP", ip);
  if (init.body) headers.set("Content-Type", "application/json");
  if (init.method && init.method !== "GET") headers.set("Origin", LOCAL);
  const ctx = createExecutionContext();
  const request = new Request(`${LOCAL}${path}`, { ...init, headers }) as Parameters<typeof worker.fetch>[0];
  const res = await worker.fetch(request, localEnv, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe("storage meter", () => {
  beforeEach(() => resetStorageMeter(0));

  it("leaves a deployment's env untouched: real mail, or any origin that is not loopback", () => {
    expect(meteredEnv(env)).toBe(env); // the test deployment: https://oncelink.test
    const outboxButPublic = { ...env, MAIL_TRANSPORT: "outbox", APP_ORIGIN: "https://secrets.acme.com" } as Env;
    expect(meteredEnv(outboxButPublic)).toBe(outboxButPublic);
    const loopbackButMail = { ...env, MAIL_TRANSPORT: "binding", APP_ORIGIN: LOCAL } as Env;
    expect(meteredEnv(loopbackButMail)).toBe(loopbackButMail);
    expect(meteredEnv(localEnv)).not.toBe(localEnv);
  });

  it("counts a local app's D1 statements, D1 round trips and Durable Object requests", async () => {
    const email = `meter-${crypto.randomUUID()}@example.com`;
    const signup = await local("/api/auth/signup", {
      method: "POST",
      body: JSON.stringify({ email, password: STRONG_PASSWORD }),
    });
    expect(signup.status).toBe(201);
    const cookie = signup.headers.getSetCookie()[0]?.split(";")[0] ?? "";
    const afterSignup = readStorageMeter();
    expect(afterSignup.d1Calls).toBeGreaterThan(0);
    expect(afterSignup.d1Statements).toBeGreaterThanOrEqual(afterSignup.d1Calls);

    resetStorageMeter(0);
    const sealed = await sealSecret({ text: "metered" });
    const body = JSON.stringify({ ...envelopeUpload(sealed), expiresIn: 3600, maxViews: 1 });
    const created = await local("/api/secrets", { method: "POST", body, headers: { cookie } });
    expect(created.status).toBe(201);
    // The session read, then the insert and its event in one batch; the vault's deposit and the ledger's
    // sealSoon (after the answer) are the Durable Object requests.
    expect(readStorageMeter()).toMatchObject({ d1Calls: 2, d1Statements: 3, doRequests: 2 });
  });

  it("opens /dev/storage-meter to this machine on a local app only", async () => {
    const set = await local("/dev/storage-meter", { method: "POST", body: JSON.stringify({ delayMs: 5 }) });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ delayMs: 5, d1Calls: 0, d1Statements: 0, doRequests: 0 });
    expect((await local("/dev/storage-meter")).status).toBe(200);
    const bad = await local("/dev/storage-meter", { method: "POST", body: JSON.stringify({ delayMs: 5000 }) });
    expect(bad.status).toBe(400);
    // Another machine, or a deployment (whatever the caller), gets 404.
    expect((await local("/dev/storage-meter", {}, "203.0.113.9")).status).toBe(404);
    const deployed = await api("/dev/storage-meter", { headers: { "CF-Connecting-IP": "127.0.0.1" } });
    expect(deployed.status).toBe(404);
    resetStorageMeter(0);
  });
});
