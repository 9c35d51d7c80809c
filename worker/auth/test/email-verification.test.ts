import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent, Invitation, User } from "../../../protocol/api";
import { readDevOutbox } from "../../mail/dev-outbox";
import {
  api,
  type Caller,
  errorOf,
  eventually,
  OUTBOX,
  postJson,
  STRONG_PASSWORD,
  sessionCookieOf,
  signUp,
  uniqueEmail,
  verificationTokenFor,
} from "../../test/client";
import { hashSecret } from "../split-token";

let admin: Caller;
beforeAll(async () => {
  admin = await signUp(); // the first account of this file's storage
});

const verify = (token: string, caller: Caller = {}) => postJson("/api/auth/verify", { token }, caller);
const resend = (caller: Caller, vars?: Partial<Env>) =>
  api("/api/auth/verify/resend", { method: "POST", ...caller, vars });
const me = async (caller: Caller) => (await (await api("/api/me", caller)).json<{ user: User }>()).user;

async function auditOf(caller: Caller, query: string): Promise<AuditEvent[]> {
  const res = await api(`/api/audit?limit=200&${query}`, caller);
  return (await res.json<{ items: AuditEvent[] }>()).items;
}

describe("email verification", () => {
  it("mails a link at sign-up that verifies the address once, signed in or not", async () => {
    const email = uniqueEmail();
    const account = await signUp(email, OUTBOX);
    expect(account.user.emailVerified).toBe(false);
    expect((await me(account)).emailVerified).toBe(false);
    const [mail] = (await readDevOutbox(env.KV)).filter((m) => m.to === email);
    expect(mail?.subject).toBe("Confirm your email address for Oncelink");
    expect(mail?.text).toMatch(/https:\/\/oncelink\.test\/verify#[A-Za-z0-9_-]{43}/);
    const token = await verificationTokenFor(email);

    // From another browser, with no session: the link is the proof.
    const res = await verify(token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ verified: true, email });
    expect((await me(account)).emailVerified).toBe(true);

    const again = await verify(token);
    expect(again.status).toBe(404);
    expect(await errorOf(again)).toEqual({
      code: "not_found",
      message: "This verification link is invalid or has expired.",
    });
    const [event] = await eventually(
      () => auditOf(account, "action=email_verified"),
      (events) => events.length > 0,
    );
    expect(event).toMatchObject({ result: "success", resourceName: email, actor: { email } });
  });

  it("keeps only the token's hash: the token is in no table and no audit event, used or not", async () => {
    const email = uniqueEmail();
    await signUp(email, OUTBOX);
    const token = await verificationTokenFor(email);
    expect((await verify(token)).status).toBe(200);
    const second = await signUp(uniqueEmail(), OUTBOX);
    const pending = await verificationTokenFor(second.user.email);
    const stored = await env.DB.prepare("SELECT token_hash FROM email_verifications WHERE user_id = ?")
      .bind(second.user.id)
      .first<{ token_hash: string }>();
    expect(stored?.token_hash).toBe(await hashSecret(pending));
    for (const table of ["users", "email_verifications", "audit_events", "sessions"]) {
      const rows = await env.DB.prepare(`SELECT * FROM ${table}`).all();
      expect(JSON.stringify(rows.results)).not.toContain(token);
      expect(JSON.stringify(rows.results)).not.toContain(pending);
    }
    const log = JSON.stringify(await auditOf(admin, "scope=all"));
    expect(log).toContain("email_verified");
    expect(log).not.toContain(token);
    expect(log).not.toContain(pending);
  });

  it("refuses an expired link", async () => {
    const email = uniqueEmail();
    const account = await signUp(email, OUTBOX);
    const token = await verificationTokenFor(email);
    await env.DB.prepare("UPDATE email_verifications SET expires_at = ? WHERE user_id = ?")
      .bind(Date.now() - 1, account.user.id)
      .run();
    const res = await verify(token);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("not_found");
    expect((await me(account)).emailVerified).toBe(false);
  });

  it("lets exactly one of many racing uses of a link succeed", async () => {
    const email = uniqueEmail();
    await signUp(email, OUTBOX);
    const token = await verificationTokenFor(email);
    const statuses = await Promise.all(Array.from({ length: 10 }, () => verify(token).then((res) => res.status)));
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 404)).toHaveLength(9);
    const events = await eventually(
      () => auditOf(admin, "scope=all&action=email_verified"),
      (found) => found.some((e) => e.resourceName === email),
    );
    expect(events.filter((e) => e.resourceName === email)).toHaveLength(1);
  });

  it("refuses malformed tokens without touching storage", async () => {
    for (const token of ["", "short", "A".repeat(43).slice(0, 42), `${"A".repeat(42)}B`, "x".repeat(200)]) {
      expect((await verify(token)).status).toBe(404);
    }
    expect((await postJson("/api/auth/verify", { token: "x".repeat(201) })).status).toBe(400);
    expect((await postJson("/api/auth/verify", {})).status).toBe(400);
  });
});

describe("POST /api/auth/verify/resend", () => {
  it("mails a new link and the earlier one stops working", async () => {
    const email = uniqueEmail();
    const account = await signUp(email, OUTBOX);
    const first = await verificationTokenFor(email);
    const res = await resend(account, OUTBOX);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ sent: true });
    const second = await verificationTokenFor(email);
    expect(second).not.toBe(first);
    expect((await verify(first)).status).toBe(404);
    expect((await verify(second)).status).toBe(200);
  });

  it("answers 409 already_verified once verified, and 401 signed out", async () => {
    const email = uniqueEmail();
    const account = await signUp(email, OUTBOX);
    expect((await verify(await verificationTokenFor(email))).status).toBe(200);
    const done = await resend(account);
    expect(done.status).toBe(409);
    expect((await errorOf(done)).code).toBe("already_verified");
    expect((await resend({})).status).toBe(401);
  });

  it("verifies an account that has no link yet, as one made before verification existed", async () => {
    const email = uniqueEmail();
    const account = await signUp(email, OUTBOX);
    await env.DB.prepare("DELETE FROM email_verifications WHERE user_id = ?").bind(account.user.id).run();
    expect((await resend(account, OUTBOX)).status).toBe(202);
    expect((await verify(await verificationTokenFor(email))).status).toBe(200);
  });

  it("is limited per account per minute, like link mail", async () => {
    const account = await signUp();
    const statuses: number[] = [];
    // The limiter counts in fixed one-minute windows: a run across a boundary may pass up to twice the limit.
    while (statuses.length <= 20 && statuses.at(-1) !== 429) statuses.push((await resend(account)).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.slice(0, -1).every((status) => status === 202)).toBe(true);
    // Another account is not held up.
    expect((await resend(await signUp())).status).toBe(202);
  });

  it("counts against the daily mail cap, the sign-up's mail included", async () => {
    const account = await signUp();
    const capped = { MAIL_DAILY_CAP: "2" };
    expect((await resend(account, capped)).status).toBe(202);
    const refused = await resend(account, capped);
    expect(refused.status).toBe(429);
    expect((await errorOf(refused)).code).toBe("rate_limited");
  });
});

describe("when mail cannot be sent", () => {
  const broken = { MAIL_FROM: "Oncelink <spoofed@elsewhere.example>" };

  it("the sign-up still succeeds, the failure is recorded, and resend says so", async () => {
    const email = uniqueEmail();
    const account = await signUp(email, broken);
    expect(account.user.emailVerified).toBe(false);
    const [failure] = await eventually(
      () => auditOf(account, "action=email_sent&result=failure"),
      (events) => events.length > 0,
    );
    expect(failure?.details).toMatchObject({ kind: "verification", to: email });
    const res = await resend(account, broken);
    expect(res.status).toBe(502);
    expect((await errorOf(res)).code).toBe("mail_failed");
  });
});

describe("invited members", () => {
  it("are mailed a link when they finish setup, and start unverified", async () => {
    const email = uniqueEmail("invitee");
    const invite = await postJson("/api/users", { email }, admin);
    const { user, setupToken } = await invite.json<Invitation>();
    expect(user.emailVerified).toBe(false);
    const setup = await postJson("/api/auth/setup", { token: setupToken, password: STRONG_PASSWORD }, { vars: OUTBOX });
    expect(setup.status).toBe(200);
    expect((await setup.json<{ user: User }>()).user.emailVerified).toBe(false);
    expect((await verify(await verificationTokenFor(email))).status).toBe(200);
    expect((await me({ cookie: sessionCookieOf(setup) })).emailVerified).toBe(true);
    const members = await (await api("/api/users", admin)).json<{ items: User[] }>();
    expect(members.items.find((m) => m.email === email)?.emailVerified).toBe(true);
  });
});
