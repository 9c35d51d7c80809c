import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../protocol/api";
import {
  api,
  type Caller,
  createSecret,
  eventually,
  postJson,
  reveal,
  STRONG_PASSWORD,
  signUp,
  uniqueEmail,
  wrongProof,
} from "../../test/client";
import { pastExpiry } from "../../test/vault-clock";

let admin: Caller & { email: string };
let member: Caller & { email: string };
let viewer: Caller & { email: string };
const CHROME_ON_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SAFARI_ON_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

beforeAll(async () => {
  // The first account of this file's storage is the admin.
  const a = await signUp();
  admin = { cookie: a.cookie, email: a.user.email };
  const m = await signUp();
  member = { cookie: m.cookie, email: m.user.email };
  const v = await signUp();
  viewer = { cookie: v.cookie, email: v.user.email };
});

async function events(caller: Caller, query = ""): Promise<AuditEvent[]> {
  const res = await api(`/api/audit?limit=200${query}`, caller);
  expect(res.status).toBe(200);
  return (await res.json<{ items: AuditEvent[] }>()).items;
}

async function eventsFor(caller: Caller, resourceId: string, action: string, count = 1) {
  return eventually(
    async () => (await events(caller, `&action=${action}`)).filter((e) => e.resourceId === resourceId),
    (found) => found.length >= count,
  );
}

describe("the audit log records", () => {
  it("a create with the creator, resource, IP from CF-Connecting-IP only, and device", async () => {
    const { secret } = await createSecret(member, {
      name: "Production DB Credentials",
      headers: undefined,
    });
    const [event] = await eventsFor(member, secret.id, "create");
    expect(event).toMatchObject({
      action: "create",
      result: "success",
      resourceType: "secret",
      resourceId: secret.id,
      resourceName: "Production DB Credentials",
      actor: { email: member.email },
      details: { maxViews: 1, expiresIn: 3600, passphrase: false },
    });
    const res = await api("/api/secrets", {
      method: "POST",
      body: JSON.stringify({ text: "ua test", expiresIn: 300 }),
      headers: { "CF-Connecting-IP": "203.0.113.9", "X-Forwarded-For": "6.6.6.6", "User-Agent": CHROME_ON_MAC },
      ...member,
    });
    const { secret: second } = await res.json<{ secret: { id: string } }>();
    const [withContext] = await eventsFor(member, second.id, "create");
    expect(withContext).toMatchObject({
      ip: "203.0.113.9",
      userAgent: CHROME_ON_MAC,
      device: "Chrome 131 on macOS (desktop)",
    });
  });

  it("an anonymous view as Unknown, and a signed-in viewer by account", async () => {
    const anonymous = await createSecret(member);
    const { exports } = await import("cloudflare:workers");
    // Location comes from request.cf, which Cloudflare's edge fills in; here the test plays the edge.
    const request = new Request(`https://oncelink.test/api/secrets/${anonymous.secret.id}/reveal`, {
      method: "POST",
      body: JSON.stringify({ proof: anonymous.proof }),
      headers: {
        "Content-Type": "application/json",
        "CF-Connecting-IP": "198.51.100.7",
        "User-Agent": SAFARI_ON_IPHONE,
      },
      cf: { country: "PT", city: "Lisbon" },
    } as RequestInit);
    expect((await exports.default.fetch(request)).status).toBe(200);
    const [view] = await eventsFor(member, anonymous.secret.id, "view");
    expect(view).toMatchObject({
      actor: null,
      ip: "198.51.100.7",
      country: "PT",
      city: "Lisbon",
      device: "Safari 17 on iOS (mobile)",
      userAgent: SAFARI_ON_IPHONE,
    });
    expect(view?.details).toEqual({ remainingViews: 0 });

    const guarded = await createSecret(member, { requireLogin: true });
    expect((await reveal(guarded.secret.id, guarded.proof, viewer)).status).toBe(200);
    const [loggedView] = await eventsFor(member, guarded.secret.id, "view");
    expect(loggedView?.actor?.email).toBe(viewer.email);
    // The viewer sees their own action too.
    expect((await eventsFor(viewer, guarded.secret.id, "view")).length).toBe(1);
  });

  it("failed reveals, and the burn they cause", async () => {
    const { secret, keyProof } = await createSecret(member, { name: "guessed", passphrase: "the real one" });
    // The key's holder with wrong passphrases: PROTOCOL 2.1 counts these, and the fifth burns the secret.
    for (let i = 0; i < 5; i++) await reveal(secret.id, await wrongProof(), { keyProof });
    const failures = await eventsFor(member, secret.id, "reveal_failed", 5);
    expect(failures.map((e) => e.details.attemptsRemaining).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(failures.every((e) => e.result === "failure" && e.details.reason === "incorrect_passphrase")).toBe(true);
    const [burn] = await eventsFor(member, secret.id, "burn");
    expect(burn?.details).toEqual({ reason: "too many wrong passphrases" });
  });

  it("a burn by the owner and an expiry by the alarm", async () => {
    const burned = await createSecret(member);
    await api(`/api/secrets/${burned.secret.id}`, { method: "DELETE", ...member });
    const [burn] = await eventsFor(member, burned.secret.id, "burn");
    expect(burn).toMatchObject({ actor: { email: member.email }, details: { reason: "owner" } });

    const { runDurableObjectAlarm } = await import("cloudflare:test");
    const { vaultFor } = await import("../../vault/vault-for");
    const expiring = await createSecret(member, { name: "short-lived" });
    const vault = vaultFor(env, expiring.secret.id);
    await pastExpiry(expiring.secret.id);
    await runDurableObjectAlarm(vault);
    const [expire] = await eventsFor(member, expiring.secret.id, "expire");
    expect(expire).toMatchObject({ actor: null, resourceName: "short-lived" });
  });

  it("sign-up, sign-in, failed sign-in, sign-out and tokens", async () => {
    const email = uniqueEmail();
    const { cookie, user } = await signUp(email);
    const me = { cookie };
    await postJson("/api/auth/login", { email, password: "definitely not it, friend" });
    const login = await postJson("/api/auth/login", { email, password: STRONG_PASSWORD });
    const fresh = { cookie: (login.headers.get("Set-Cookie") ?? "").split(";")[0] };
    const token = await (await postJson("/api/tokens", { name: "ci" }, fresh)).json<{ id: string }>();
    await api(`/api/tokens/${token.id}`, { method: "DELETE", ...fresh });
    await api("/api/auth/logout", { method: "POST", ...fresh });
    const log = await events(admin, "&scope=all");
    const mine = log.filter((e) => e.resourceId === user.id || e.resourceId === token.id);
    // email_sent: the verification link mailed at sign-up.
    expect(mine.map((e) => e.action).sort()).toEqual(
      ["email_sent", "login", "login_failed", "logout", "signup", "token_create", "token_revoke"].sort(),
    );
    expect(mine.find((e) => e.action === "email_sent")?.details).toEqual({ kind: "verification", to: email });
    const failed = mine.find((e) => e.action === "login_failed");
    expect(failed).toMatchObject({ actor: null, result: "failure", details: { email } });
    expect(mine.find((e) => e.action === "token_create")).toMatchObject({
      resourceType: "api_token",
      resourceName: "ci",
    });
    expect((await api("/api/me", me)).status).toBe(200);
  });
});

describe("reading the audit log", () => {
  it("keeps members to their own resources and actions; admins may see everything", async () => {
    const { secret } = await createSecret(member, { name: "members only" });
    await eventsFor(member, secret.id, "create");
    const outsider = await signUp();
    const theirs = await events(outsider);
    expect(theirs.some((e) => e.resourceId === secret.id)).toBe(false);
    expect(theirs.every((e) => e.actor?.id === outsider.user.id || e.resourceId === outsider.user.id)).toBe(true);
    const denied = await api("/api/audit?scope=all", outsider);
    expect(denied.status).toBe(403);
    expect((await events(admin, "&scope=all")).some((e) => e.resourceId === secret.id)).toBe(true);
    expect((await events(admin)).some((e) => e.resourceId === secret.id)).toBe(false);
    expect((await api("/api/audit")).status).toBe(401);
  });

  it("filters by action, resource type and time, and pages without gaps", async () => {
    const pager = await signUp();
    for (let i = 0; i < 5; i++) await createSecret(pager, { name: `p${i}` });
    const creates = await events(pager, "&action=create");
    expect(creates).toHaveLength(5);
    expect(creates.every((e) => e.action === "create")).toBe(true);
    expect((await events(pager, "&resourceType=account")).every((e) => e.resourceType === "account")).toBe(true);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(await events(pager, `&since=${encodeURIComponent(future)}`)).toEqual([]);
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await api(`/api/audit?action=create&limit=2${cursor ? `&cursor=${cursor}` : ""}`, pager);
      const page = await res.json<{ items: AuditEvent[]; nextCursor: string | null }>();
      pages.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual(creates.map((e) => e.id));
    expect((await api("/api/audit?action=delete_everything", pager)).status).toBe(400);
    expect((await api("/api/audit?since=yesterday", pager)).status).toBe(400);
  });

  it("exports CSV with a header row and formulas neutralised", async () => {
    const { secret } = await createSecret(member, { name: '=HYPERLINK("http://evil.example","x")' });
    await eventsFor(member, secret.id, "create");
    const res = await api("/api/audit/export?action=create", member);
    expect(res.headers.get("Content-Type")).toContain("text/csv");
    expect(res.headers.get("Content-Disposition")).toContain("attachment");
    const [header, ...lines] = (await res.text()).trim().split("\r\n");
    expect(header).toBe(
      '"id","time_utc","action","result","resource_type","resource_id","resource_name","user","user_id","ip","country","city","device","user_agent","details"',
    );
    const line = lines.find((l) => l.includes(secret.id)) ?? "";
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(lines.every((l) => l.split('","')[2] === "create")).toBe(true);
  });
});
