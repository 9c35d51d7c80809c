import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { User } from "../../../protocol/api";
import { app } from "../../app";
import {
  api,
  type Caller,
  errorOf,
  ORIGIN,
  postJson,
  STRONG_PASSWORD,
  sessionCookieOf,
  signUp,
  uniqueEmail,
} from "../../test/client";
import { WORKERD_PBKDF2_LIMIT } from "../password-hash";
import { passwordProblem } from "../password-policy";

afterEach(() => vi.restoreAllMocks());

describe("sign-up", () => {
  it("makes the first account admin and later ones members", async () => {
    // Storage is per test file, so this file's first sign-up is the deployment's first.
    const first = await signUp();
    const second = await signUp();
    expect(first.user.role).toBe("admin");
    expect(second.user.role).toBe("member");
  });

  it("sets an HttpOnly, SameSite=Lax session cookie, Secure off localhost", async () => {
    const res = await postJson("/api/auth/signup", { email: uniqueEmail(), password: STRONG_PASSWORD });
    const cookie = res.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^__Host-oncelink_session=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Secure");

    const local = await app.fetch(
      new Request("http://127.0.0.1:8787/api/auth/signup", {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: "http://127.0.0.1:8787" },
        body: JSON.stringify({ email: uniqueEmail(), password: STRONG_PASSWORD }),
      }),
      { ...env, APP_ORIGIN: "" }, // unset: loopback only, as on a developer's machine
      createExecutionContext(),
    );
    const localCookie = local.headers.get("Set-Cookie") ?? "";
    expect(localCookie).toMatch(/^oncelink_session=/);
    expect(localCookie).not.toContain("Secure");
  });

  it("normalises the email and refuses a second account for it", async () => {
    const email = uniqueEmail();
    await signUp(email);
    const res = await postJson("/api/auth/signup", { email: `  ${email.toUpperCase()} `, password: STRONG_PASSWORD });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe("email_taken");
  });

  it.each([
    ["14 characters", "abcdefghijklmn", "at least 15"],
    ["a common password", "1qaz2wsx3edc4rfv", "common"],
    ["a repeated unit", "xkcd-xkcd-xkcd-xkcd-", "repetitive"],
    ["a common word with digits", "Password123456789", "guess"],
    ["a run of digits", "123456789012345678", "guess"],
    ["the service's name", "Oncelink2026!!!!!", "service's name"],
    ["the service's name twice", "oncelinkoncelink1", "service's name"],
  ])("refuses %s with a reason", async (_, password, reason) => {
    const res = await postJson("/api/auth/signup", { email: uniqueEmail(), password });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_input");
    expect(error.message).toContain(reason);
  });

  it.each([
    ["the full email", "alice.wonderland@example.com"],
    ["the full email inside a phrase", "my login is Alice.Wonderland@Example.com"],
    ["the email's name part inside a phrase", "alicewonderland rules 2026"],
    ["the email's name part with other separators", "Alice-Wonderland-forever!"],
  ])("refuses %s as a password", async (_, password) => {
    const res = await postJson("/api/auth/signup", { email: "alice.wonderland@example.com", password });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain("email");
    expect(passwordProblem(password, "alice.wonderland@example.com")).toContain("email");
    // Another account may use it; a local part too short to be telling counts only as the whole password.
    expect(passwordProblem(password, "bob@example.org")).toBeNull();
  });

  it("refuses a short local part only as the whole password's letters", () => {
    expect(passwordProblem("b-o-b 1234 5678 90 !!", "bob@example.org")).not.toBeNull();
    expect(passwordProblem("bobsled down the hill 42", "bob@example.org")).toBeNull();
  });

  it("accepts long passphrases of any composition, 64 characters and beyond", () => {
    expect(passwordProblem("correct horse battery staple", "a@b.c")).toBeNull();
    expect(passwordProblem("x".repeat(10) + "y".repeat(10) + "ünïcødé and spaces ".repeat(3), "a@b.c")).toBeNull();
    expect(passwordProblem("a1".repeat(2) + "zyxwvutsrqponmlkjihgfedcba".repeat(3), "a@b.c")).toBeNull();
  });

  it("refuses bad emails and wrong types", async () => {
    for (const body of [{ email: "nope", password: STRONG_PASSWORD }, { email: 42, password: STRONG_PASSWORD }, {}]) {
      const res = await postJson("/api/auth/signup", body);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe("invalid_input");
    }
  });

  it("follows the sign-up policy: closed, or limited to listed domains", async () => {
    const call = (vars: Partial<Env>, email: string) =>
      app.fetch(
        new Request(`${ORIGIN}/api/auth/signup`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Origin: ORIGIN },
          body: JSON.stringify({ email, password: STRONG_PASSWORD }),
        }),
        { ...env, ...vars },
        createExecutionContext(),
      );
    await signUp(); // not the first account any more
    const closed = await call({ SIGNUP_POLICY: "closed" }, uniqueEmail());
    expect(closed.status).toBe(403);
    expect((await errorOf(closed)).code).toBe("signup_closed");
    const domains = { SIGNUP_POLICY: "domains", SIGNUP_DOMAINS: "acme.example, corp.example" };
    expect((await call(domains, "eve@evil.example")).status).toBe(403);
    expect((await call(domains, `${crypto.randomUUID()}@corp.example`)).status).toBe(201);
  });

  it("stores a hash that costs 600,000 PBKDF2 iterations, no call above workerd's 100,000", async () => {
    const deriveBits = vi.spyOn(crypto.subtle, "deriveBits");
    const email = uniqueEmail();
    await signUp(email);
    const iterations = deriveBits.mock.calls.map(
      ([params]) => (params as SubtleCryptoDeriveKeyAlgorithm).iterations ?? 0,
    );
    expect(Math.max(...iterations)).toBeLessThanOrEqual(WORKERD_PBKDF2_LIMIT);
    expect(iterations.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(600_000);
    const row = await env.DB.prepare("SELECT password_hash FROM users WHERE email = ?")
      .bind(email)
      .first<{ password_hash: string }>();
    expect(row?.password_hash).toMatch(/^pbkdf2-sha256-chain\$6x100000\$/);
    expect(row?.password_hash).not.toContain(STRONG_PASSWORD);

    deriveBits.mockClear();
    await postJson("/api/auth/login", { email, password: STRONG_PASSWORD });
    const loginIterations = deriveBits.mock.calls.map(
      ([params]) => (params as SubtleCryptoDeriveKeyAlgorithm).iterations ?? 0,
    );
    expect(Math.max(...loginIterations)).toBeLessThanOrEqual(WORKERD_PBKDF2_LIMIT);
    expect(loginIterations.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(600_000);
  });
});

describe("sign-in and sessions", () => {
  it("signs in with a new session and answers the same for unknown email and wrong password", async () => {
    const email = uniqueEmail();
    const { cookie: first } = await signUp(email);
    const res = await postJson("/api/auth/login", { email, password: STRONG_PASSWORD }, { cookie: first });
    expect(res.status).toBe(200);
    const second = sessionCookieOf(res);
    expect(second).not.toBe(first);
    expect((await res.json<{ user: User }>()).user.email).toBe(email);
    // Rotation: the session presented at sign-in is ended.
    expect((await api("/api/me", { cookie: first })).status).toBe(401);
    expect((await api("/api/me", { cookie: second })).status).toBe(200);

    const wrong = await postJson("/api/auth/login", { email, password: "not the password at all" });
    const unknown = await postJson("/api/auth/login", { email: uniqueEmail(), password: STRONG_PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await errorOf(wrong)).toEqual(await errorOf(unknown));
  });

  it("stores only a hash of the session secret", async () => {
    const { cookie, user } = await signUp();
    const secret = cookie.split("=")[1]?.split(".")[1] ?? "";
    const rows = await env.DB.prepare("SELECT * FROM sessions WHERE user_id = ?").bind(user.id).all();
    expect(rows.results).toHaveLength(1);
    expect(JSON.stringify(rows.results)).not.toContain(secret);
  });

  it("refuses a tampered, expired or unknown session token", async () => {
    const { cookie, user } = await signUp();
    const [name, token] = cookie.split("=") as [string, string];
    const [id, secret] = token.split(".") as [string, string];
    const tampered = `${name}=${id}.${secret.startsWith("A") ? "B" : "A"}${secret.slice(1)}`;
    expect((await api("/api/me", { cookie: tampered })).status).toBe(401);
    expect((await api("/api/me", { cookie: `${name}=garbage` })).status).toBe(401);
    // A changed last character, even where it only flips stray bits of the encoding, opens nothing.
    const stray = `${name}=${id}.${secret.slice(0, -1)}${secret.endsWith("B") ? "C" : "B"}`;
    expect((await api("/api/me", { cookie: stray })).status).toBe(401);
    await env.DB.prepare("UPDATE sessions SET expires_at = 0 WHERE user_id = ?").bind(user.id).run();
    const expired = await api("/api/me", { cookie });
    expect(expired.status).toBe(401);
    expect((await errorOf(expired)).code).toBe("unauthenticated");
  });

  it("ends a session left idle longer than SESSION_IDLE_SECONDS, and keeps a used one alive", async () => {
    const { cookie, user } = await signUp();
    const idleFor = async (ms: number) =>
      env.DB.prepare("UPDATE sessions SET last_seen_at = ? WHERE user_id = ?")
        .bind(Date.now() - ms, user.id)
        .run();
    await idleFor(23 * 3600_000);
    expect((await api("/api/me", { cookie })).status).toBe(200);
    // That use refreshed it: a day later than the old last-seen time is still within the idle window.
    const seen = await env.DB.prepare("SELECT last_seen_at FROM sessions WHERE user_id = ?")
      .bind(user.id)
      .first<{ last_seen_at: number }>();
    expect(Date.now() - (seen?.last_seen_at ?? 0)).toBeLessThan(60_000);
    await idleFor(25 * 3600_000);
    expect((await api("/api/me", { cookie })).status).toBe(401);
  });

  it("changes the password with the current one, ending every other session", async () => {
    const email = uniqueEmail();
    const { cookie } = await signUp(email);
    const other = sessionCookieOf(await postJson("/api/auth/login", { email, password: STRONG_PASSWORD }));
    const change = (body: unknown, caller: Caller = { cookie }) => postJson("/api/auth/password", body, caller);
    const wrong = await change({ currentPassword: "not my password at all", newPassword: "a brand new passphrase 77" });
    expect(wrong.status).toBe(403);
    const weak = await change({ currentPassword: STRONG_PASSWORD, newPassword: "short" });
    expect(weak.status).toBe(400);
    expect((await errorOf(weak)).message).toContain("newPassword");
    expect((await api("/api/me", { cookie: other })).status).toBe(200);

    const done = await change({ currentPassword: STRONG_PASSWORD, newPassword: "a brand new passphrase 77" });
    expect(done.status).toBe(204);
    expect((await api("/api/me", { cookie: other })).status).toBe(401);
    expect((await api("/api/me", { cookie })).status).toBe(401);
    expect((await api("/api/me", { cookie: sessionCookieOf(done) })).status).toBe(200);
    expect((await postJson("/api/auth/login", { email, password: STRONG_PASSWORD })).status).toBe(401);
    expect((await postJson("/api/auth/login", { email, password: "a brand new passphrase 77" })).status).toBe(200);
    expect((await change({ currentPassword: "x", newPassword: "y" }, {})).status).toBe(401);
  });

  it("ends the session on the server at sign-out", async () => {
    const { cookie } = await signUp();
    expect((await api("/api/me", { cookie })).status).toBe(200);
    const out = await api("/api/auth/logout", { method: "POST", cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get("Set-Cookie")).toContain("Max-Age=0");
    // The old cookie, replayed, opens nothing.
    expect((await api("/api/me", { cookie })).status).toBe(401);
  });

  it("locks one address out of one account after ten failures, without locking out the owner elsewhere", async () => {
    const email = uniqueEmail();
    await signUp(email);
    const from = (ip: string, password: string) =>
      api("/api/auth/login", {
        method: "POST",
        body: JSON.stringify({ email, password }),
        headers: { "CF-Connecting-IP": ip },
      });
    for (let i = 0; i < 10; i++) {
      expect((await from("203.0.113.66", `wrong guess number ${i}`)).status).toBe(401);
    }
    // Even the right password is refused from the guesser's address for the next 15 minutes...
    const limited = await from("203.0.113.66", STRONG_PASSWORD);
    expect(limited.status).toBe(429);
    expect((await errorOf(limited)).code).toBe("rate_limited");
    expect(Number(limited.headers.get("Retry-After"))).toBe(900);
    // ...while the owner, signing in from elsewhere, is not locked out.
    expect((await from("192.0.2.10", STRONG_PASSWORD)).status).toBe(200);
  });
});
