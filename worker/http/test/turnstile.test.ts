import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { app } from "../../app";
import { api, createSecret, errorOf, ORIGIN, signUp } from "../../test/client";

const turnstileOn: Env = { ...env, TURNSTILE_SITE_KEY: "1x00000000000000000000AA", TURNSTILE_SECRET: "test-secret" };

afterEach(() => vi.restoreAllMocks());

/** Cloudflare's siteverify endpoint, replaced at the fetch boundary: it accepts exactly one token. */
function fakeSiteverify() {
  const calls: Record<string, string>[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith("https://challenges.cloudflare.com/turnstile/v0/siteverify")) return realFetch(input, init);
    const form = init?.body as FormData;
    calls.push(Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])));
    return Response.json({ success: form.get("response") === "good-token" });
  });
  return calls;
}

function revealWith(id: string, body: Record<string, unknown>, vars: Env = turnstileOn) {
  const request = new Request(`${ORIGIN}/api/secrets/${id}/reveal`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: ORIGIN, "CF-Connecting-IP": "203.0.113.80" },
    body: JSON.stringify(body),
  });
  return app.fetch(request, vars, createExecutionContext());
}

describe("the optional human check (Turnstile)", () => {
  it("is off by default: no token needed, and the config says so", async () => {
    const { secret, proof } = await createSecret(await signUp());
    expect(await (await api("/api/config")).json()).toEqual({
      turnstileSiteKey: null,
      maxSecretBytes: 1_048_576,
      maxFileBytes: 104_857_600,
      passwordLogin: true,
      oidcProvider: null,
      access: false,
    });
    expect((await revealWith(secret.id, { proof }, env)).status).toBe(200);
  });

  it("when configured, refuses reveals without a confirmed token and consumes nothing", async () => {
    const calls = fakeSiteverify();
    const { secret, proof } = await createSecret(await signUp());
    const missing = await revealWith(secret.id, { proof });
    expect(missing.status).toBe(403);
    expect((await errorOf(missing)).code).toBe("human_check_failed");
    const bad = await revealWith(secret.id, { proof, turnstileToken: "bot-token" });
    expect(bad.status).toBe(403);
    const good = await revealWith(secret.id, { proof, turnstileToken: "good-token" });
    expect(good.status).toBe(200);
    expect(calls).toEqual([
      { secret: "test-secret", response: "bot-token", remoteip: "203.0.113.80" },
      { secret: "test-secret", response: "good-token", remoteip: "203.0.113.80" },
    ]);
  });

  it("answers 503 when Cloudflare cannot be reached, and consumes nothing", async () => {
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("network down"));
    const { secret, proof } = await createSecret(await signUp());
    const res = await revealWith(secret.id, { proof, turnstileToken: "good-token" });
    expect(res.status).toBe(503);
    vi.restoreAllMocks();
    expect((await revealWith(secret.id, { proof }, env)).status).toBe(200);
  });
});
