// Every refusal of an authentication or mail action is an audit event with its reason (README, Audit log),
// and changes nothing else; a flood of refusals from one address is recorded up to REFUSAL_AUDIT_LIMITER.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../protocol/api";
import { app } from "../../app";
import {
  api,
  type Caller,
  createSecret,
  errorOf,
  ORIGIN,
  postJson,
  STRONG_PASSWORD,
  sessionCookieOf,
  signUp,
  uniqueEmail,
} from "../../test/client";

let admin: Caller;
beforeAll(async () => {
  admin = await signUp(); // the first account of this file's storage
});

function signIn(email: string, password: string, ip: string) {
  return api("/api/auth/login", {
    method: "POST",
    body: JSON.stringify({ email, password }),
    headers: { "CF-Connecting-IP": ip },
  });
}

async function eventsOf(caller: Caller, query: string): Promise<AuditEvent[]> {
  const res = await api(`/api/audit?limit=200&${query}`, caller);
  expect(res.status).toBe(200);
  return (await res.json<{ items: AuditEvent[] }>()).items;
}

async function refusalsFrom(ip: string, action: string): Promise<{ reason: string }[]> {
  const { results } = await env.DB.prepare(
    "SELECT details FROM audit_events WHERE ip = ? AND action = ? AND result = 'failure' ORDER BY seq",
  )
    .bind(ip, action)
    .all<{ details: string }>();
  return results.map((row) => JSON.parse(row.details));
}

describe("refused sign-ins", () => {
  it("records each of 12 refused attempts from one address, 10 wrong passwords then the lock, and the lock holds", async () => {
    const { user } = await signUp();
    const ip = "203.0.113.120";
    for (let i = 0; i < 10; i++) expect((await signIn(user.email, "wrong password, long enough", ip)).status).toBe(401);
    // Locked now: even the right password is refused, with no session and no reset of the count.
    const locked = await signIn(user.email, STRONG_PASSWORD, ip);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("Set-Cookie") ?? "").not.toContain("oncelink_session");
    expect((await signIn(user.email, STRONG_PASSWORD, ip)).status).toBe(429);
    const reasons = (await refusalsFrom(ip, "login_failed")).map((d) => d.reason);
    expect(reasons).toEqual([...Array(10).fill("wrong_password"), "locked", "locked"]);
    // The account's owner sees all twelve in their own log, filtered by result.
    const { cookie } = await signUpSessionOf(user.email);
    const own = await eventsOf({ cookie }, "action=login_failed&result=failure");
    expect(own).toHaveLength(12);
    expect(own[0]).toMatchObject({
      resourceId: user.id,
      actor: null,
      details: { reason: "locked", email: user.email },
    });
  });

  it("records attempts the per-address rate limit refuses, and unknown accounts as such", async () => {
    const ip = "203.0.113.121";
    const statuses: number[] = [];
    // LOGIN_IP_LIMITER allows 20 a minute, in fixed windows: up to 41 attempts reach its first 429, and no
    // window holds more than 21 of them, under REFUSAL_AUDIT_LIMITER's 30, so every one is recorded.
    while (!statuses.includes(429) && statuses.length < 41) {
      statuses.push((await signIn(uniqueEmail(), STRONG_PASSWORD, ip)).status);
    }
    const reasons = (await refusalsFrom(ip, "login_failed")).map((d) => d.reason);
    expect(reasons).toHaveLength(statuses.length);
    expect(reasons.filter((r) => r === "rate_limited")).toHaveLength(statuses.filter((s) => s === 429).length);
    expect(reasons.filter((r) => r === "unknown_account")).toHaveLength(statuses.filter((s) => s === 401).length);
    expect(statuses).toContain(429);
    const all = await eventsOf(admin, "scope=all&action=login_failed&result=failure");
    expect(all.some((e) => e.ip === ip && e.details.reason === "rate_limited")).toBe(true);
  });

  it("stops recording a flood from one address at REFUSAL_AUDIT_LIMITER, answering each the same", async () => {
    const ip = "203.0.113.122";
    const email = uniqueEmail();
    for (let i = 0; i < 70; i++) expect([401, 429]).toContain((await signIn(email, STRONG_PASSWORD, ip)).status);
    const recorded = (await refusalsFrom(ip, "login_failed")).length;
    // 30 a minute, in fixed windows: 30, or up to 60 when the run straddles a window boundary.
    expect(recorded).toBeGreaterThanOrEqual(30);
    expect(recorded).toBeLessThanOrEqual(60);
    // Another address is recorded as before.
    expect((await signIn(email, STRONG_PASSWORD, "203.0.113.123")).status).toBe(401);
    expect(await refusalsFrom("203.0.113.123", "login_failed")).toEqual([{ email, reason: "unknown_account" }]);
  });
});

/** A fresh session of an existing account, signed in from an address no test has used. */
async function signUpSessionOf(email: string): Promise<{ cookie: string }> {
  const res = await signIn(email, STRONG_PASSWORD, "198.51.100.77");
  expect(res.status).toBe(200);
  return { cookie: sessionCookieOf(res) };
}

describe("a refused password change", () => {
  it("is recorded with its reason, and the session and password stay as they were", async () => {
    const account = await signUp();
    const ip = "203.0.113.130";
    const res = await api("/api/auth/password", {
      method: "POST",
      cookie: account.cookie,
      body: JSON.stringify({ currentPassword: "not the password at all", newPassword: `${STRONG_PASSWORD} new` }),
      headers: { "CF-Connecting-IP": ip },
    });
    expect(res.status).toBe(403);
    expect(await refusalsFrom(ip, "password_change")).toEqual([{ reason: "wrong_password" }]);
    const [event] = await eventsOf(account, "action=password_change");
    expect(event).toMatchObject({
      result: "failure",
      actor: { id: account.user.id },
      details: { reason: "wrong_password" },
    });
    expect((await api("/api/me", account)).status).toBe(200);
    expect((await signIn(account.user.email, STRONG_PASSWORD, "198.51.100.78")).status).toBe(200);
  });
});

describe("refused link mails", () => {
  function mailLink(caller: Caller, id: string, link: string, vars: Partial<Env> = {}) {
    const request = new Request(`${ORIGIN}/api/secrets/${id}/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: ORIGIN, Cookie: caller.cookie ?? "" },
      body: JSON.stringify({ link }),
    });
    return app.fetch(request, { ...env, ...vars }, createExecutionContext());
  }

  it("records a provider's refusal (502) and the daily cap (429), neither counted as sent", async () => {
    const sender = await signUp();
    const to = uniqueEmail("recipient");
    const { secret, linkKey } = await createSecret(sender, { recipientEmail: to });
    const link = `${secret.url}#${linkKey}`;
    const spoofed = { MAIL_FROM: "Oncelink <spoofed@elsewhere.example>" };
    const failed = await mailLink(sender, secret.id, link, spoofed);
    expect(failed.status).toBe(502);
    expect((await errorOf(failed)).code).toBe("mail_failed");
    // The sign-up's verification mail is the day's first, so a cap of 1 is reached: the failure did not count.
    const capped = await mailLink(sender, secret.id, link, { MAIL_DAILY_CAP: "1" });
    expect(capped.status).toBe(429);
    const events = (await eventsOf(sender, "action=email_sent&result=failure")).filter(
      (e) => e.resourceId === secret.id,
    );
    expect(events.map((e) => e.details)).toEqual([
      { kind: "link", to, reason: "daily_cap" },
      { kind: "link", to, reason: "mail_failed" },
    ]);
    expect((await mailLink(sender, secret.id, link, { MAIL_DAILY_CAP: "2" })).status).toBe(202);
  });

  it("records the per-minute mail limit", async () => {
    const sender = await signUp();
    const { secret, linkKey } = await createSecret(sender, { recipientEmail: uniqueEmail() });
    const link = `${secret.url}#${linkKey}`;
    const statuses: number[] = [];
    // MAIL_LIMITER allows 10 a minute, in fixed windows: up to 21 requests reach its first 429.
    while (!statuses.includes(429) && statuses.length < 21) {
      statuses.push((await postJson(`/api/secrets/${secret.id}/email`, { link }, sender)).status);
    }
    expect(statuses).toContain(429);
    const limited = (await eventsOf(sender, "action=email_sent&result=failure")).filter(
      (e) => e.details.reason === "rate_limited",
    );
    expect(limited).toHaveLength(statuses.filter((s) => s === 429).length);
  });
});

describe("refused sign-ups", () => {
  function signUpFrom(email: string, ip: string, vars?: Partial<Env>) {
    return api("/api/auth/signup", {
      method: "POST",
      body: JSON.stringify({ email, password: STRONG_PASSWORD }),
      headers: { "CF-Connecting-IP": ip },
      vars,
    });
  }

  it("records an address already taken, answering exactly as before, for the account's owner to see", async () => {
    const owner = await signUp();
    const ip = "203.0.113.140";
    const res = await signUpFrom(owner.user.email, ip);
    expect(res.status).toBe(409);
    expect(res.headers.get("Set-Cookie") ?? "").not.toContain("oncelink_session");
    // The answer names no account and says only what it said before the refusal was recorded.
    expect(await res.json()).toEqual({
      error: { code: "email_taken", message: "An account with this email already exists." },
    });
    expect(await refusalsFrom(ip, "signup")).toEqual([{ email: owner.user.email, reason: "email_taken" }]);
    const [event] = await eventsOf(owner, "action=signup&result=failure");
    expect(event).toMatchObject({ resourceId: owner.user.id, actor: null, details: { reason: "email_taken" } });
  });

  it("records a closed deployment's refusal, and an address outside SIGNUP_DOMAINS", async () => {
    const closed = await signUpFrom(uniqueEmail("closed"), "203.0.113.141", { SIGNUP_POLICY: "closed" });
    expect(closed.status).toBe(403);
    expect((await errorOf(closed)).code).toBe("signup_closed");
    const domains = { SIGNUP_POLICY: "domains", SIGNUP_DOMAINS: "acme.example" };
    const outside = await signUpFrom(uniqueEmail("outside"), "203.0.113.142", domains);
    expect(outside.status).toBe(403);
    expect((await errorOf(outside)).code).toBe("signup_closed");
    expect(await refusalsFrom("203.0.113.141", "signup")).toMatchObject([{ reason: "signup_closed" }]);
    expect(await refusalsFrom("203.0.113.142", "signup")).toMatchObject([{ reason: "domain_not_allowed" }]);
    // No account behind either address: the events name none.
    const unnamed = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'signup' AND ip IN (?, ?) AND resource_id IS NULL",
    )
      .bind("203.0.113.141", "203.0.113.142")
      .first<{ n: number }>();
    expect(unnamed?.n).toBe(2);
  });

  it("records sign-ups the per-address limit refuses", async () => {
    const { user } = await signUp();
    const ip = "203.0.113.143";
    const statuses: number[] = [];
    // SIGNUP_LIMITER allows 5 a minute, in fixed windows: up to 11 attempts reach its first 429. A taken
    // address keeps each attempt cheap (no account made, no hash) and refused in its own way until then.
    while (!statuses.includes(429) && statuses.length < 11) {
      statuses.push((await signUpFrom(user.email, ip)).status);
    }
    expect(statuses).toContain(429);
    const reasons = (await refusalsFrom(ip, "signup")).map((d) => d.reason);
    expect(reasons).toEqual(statuses.map((s) => (s === 429 ? "rate_limited" : "email_taken")));
  });
});
