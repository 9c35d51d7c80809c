// Links follow configuration, never the Host header: a forged Host gets a refusal, not a link to itself.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../../app";
import { createSecret, errorOf, ORIGIN, postJson, STRONG_PASSWORD, signUp, uniqueEmail } from "../../test/client";

function call(url: string, init: RequestInit = {}, vars: Partial<Env> = {}) {
  return app.fetch(new Request(url, init), { ...env, ...vars }, createExecutionContext());
}

describe("APP_ORIGIN", () => {
  it("builds share links from the configured origin", async () => {
    const owner = await signUp();
    const { secret } = await createSecret(owner);
    expect(secret.url).toBe(`${ORIGIN}/s/${secret.id}`);
  });

  it("refuses a request for another host (Host: evil.example) before anything runs", async () => {
    const owner = await signUp();
    for (const [method, path] of [
      ["POST", "/api/secrets"],
      ["GET", "/api/secrets"],
      ["GET", "/api/health"],
      ["GET", "/s/AAAAAAAAAAAAAAAAAAAAAA"],
      ["GET", "/dev/outbox"],
    ] as const) {
      const res = await call(`http://evil.example${path}`, {
        method,
        headers: { Cookie: owner.cookie, Origin: "http://evil.example", "Content-Type": "application/json" },
        body: method === "POST" ? JSON.stringify({ text: "phish me", expiresIn: 300 }) : undefined,
      });
      expect(res.status).toBe(421);
      const text = await res.text();
      expect(JSON.parse(text).error.code).toBe("wrong_host");
      expect(text).not.toContain("evil.example/s/");
    }
  });

  it("takes a comma-separated list, and links each request to the origin it came to", async () => {
    const vars = { APP_ORIGIN: "https://secrets.acme.example, https://oncelink.acme.example" };
    const email = uniqueEmail();
    const signup = (origin: string) =>
      call(
        `${origin}/api/auth/signup`,
        {
          method: "POST",
          headers: { "Content-Type": "application/json", Origin: origin, "CF-Connecting-IP": "203.0.113.171" },
          body: JSON.stringify({ email, password: STRONG_PASSWORD }),
        },
        vars,
      );
    expect((await signup("https://oncelink.acme.example")).status).toBe(201);
    expect((await signup("https://elsewhere.example")).status).toBe(421);
  });

  it("is required outside loopback: unset, only local development hosts are served", async () => {
    const unset = { APP_ORIGIN: "" };
    expect((await call("http://127.0.0.1:8787/api/health", {}, unset)).status).toBe(200);
    expect((await call("http://localhost:8787/api/health", {}, unset)).status).toBe(200);
    const deployed = await call("https://oncelink.acme.example/api/health", {}, unset);
    expect(deployed.status).toBe(500);
    const error = await errorOf(deployed);
    expect(error.code).toBe("misconfigured");
    expect(error.message).toContain("APP_ORIGIN");
  });

  it("answers misconfigured for a value that is not an origin", async () => {
    const res = await call(`${ORIGIN}/api/health`, {}, { APP_ORIGIN: "not a url" });
    expect(res.status).toBe(500);
    expect((await errorOf(res)).code).toBe("misconfigured");
  });

  it("keeps mailed links on the configured origin", async () => {
    const owner = await signUp();
    const { secret, linkKey } = await createSecret(owner, { recipientEmail: uniqueEmail() });
    const forged = `http://evil.example/s/${secret.id}#${linkKey}`;
    const res = await postJson(`/api/secrets/${secret.id}/email`, { link: forged }, owner);
    expect(res.status).toBe(400);
  });
});

describe("the dev outbox", () => {
  const outbox = { MAIL_TRANSPORT: "outbox" };

  it("answers a caller on this machine", async () => {
    const res = await call(`${ORIGIN}/dev/outbox`, { headers: { "CF-Connecting-IP": "127.0.0.1" } }, outbox);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Dev outbox");
  });

  it("checks the caller's address, not the Host header", async () => {
    const local = { APP_ORIGIN: "" };
    for (const ip of ["203.0.113.5", "2001:db8::1"]) {
      const res = await call(
        "http://localhost:8787/dev/outbox",
        { headers: { "CF-Connecting-IP": ip } },
        { ...outbox, ...local },
      );
      expect(res.status).toBe(404);
    }
    expect((await call("http://localhost:8787/dev/outbox", {}, { ...outbox, ...local })).status).toBe(404);
  });

  it("is off unless MAIL_TRANSPORT is outbox", async () => {
    const res = await call(`${ORIGIN}/dev/outbox`, { headers: { "CF-Connecting-IP": "127.0.0.1" } });
    expect(res.status).toBe(404);
  });
});
