// Cloudflare Access: tokens signed with a key pair made here, checked against a JWKS served at the certs
// URL. That fetch is the only thing replaced; jose, D1, KV and the app run for real.
import { env } from "cloudflare:workers";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Invitation, UserResult } from "../../../protocol/api";
import { api, errorOf, postJson, sessionCookieOf, signUp, uniqueEmail } from "../../test/client";

const TEAM = "https://acme.cloudflareaccess.com";
const AUD = "4714c1358e65fe4b408ad6d432a5f878f08194bdb4752441fd56faefa9b2b6f2";

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let current: KeyPair;
let stranger: KeyPair;
let certsUrls = 0;

beforeAll(async () => {
  current = await generateKeyPair("RS256", { extractable: true });
  stranger = await generateKeyPair("RS256", { extractable: true });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Serves a JWKS with `keys` (kid → key pair) at a certs URL of its own, and counts its fetches. */
async function accessDeployment(keys: Record<string, KeyPair>, extra: Partial<Env> = {}) {
  certsUrls += 1;
  const certsUrl = `${TEAM}/cdn-cgi/access/certs?test=${certsUrls}`;
  const served = { keys, fetches: 0 };
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url !== certsUrl) return realFetch(input, init);
    served.fetches += 1;
    const jwks = await Promise.all(
      Object.entries(served.keys).map(async ([kid, pair]) => ({
        ...(await exportJWK(pair.publicKey)),
        kid,
        alg: "RS256",
        use: "sig",
      })),
    );
    return Response.json({ keys: jwks });
  });
  const vars: Partial<Env> = { ACCESS_TEAM_DOMAIN: TEAM, ACCESS_AUD: AUD, ACCESS_CERTS_URL: certsUrl, ...extra };
  return { vars, served };
}

interface TokenOptions {
  kid?: string;
  key?: KeyPair;
  claims?: JWTPayload;
  /** Seconds from now. */
  expiresIn?: number;
  notBefore?: number;
}

async function accessToken(email: string, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ email, type: "app", ...options.claims })
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? "k1" })
    .setIssuer(typeof options.claims?.iss === "string" ? options.claims.iss : TEAM)
    .setAudience(options.claims?.aud ?? [AUD])
    .setSubject(crypto.randomUUID())
    .setIssuedAt(now - 5)
    .setExpirationTime(now + (options.expiresIn ?? 3600));
  if (options.notBefore !== undefined) jwt.setNotBefore(now + options.notBefore);
  return jwt.sign((options.key ?? current).privateKey);
}

function me(vars: Partial<Env>, token: string, cookie?: string) {
  return api("/api/me", { vars, cookie, headers: { "Cf-Access-Jwt-Assertion": token } });
}

async function auditOf(email: string, action: string) {
  const { results } = await env.DB.prepare(
    "SELECT result, details FROM audit_events WHERE action = ? AND (resource_name = ? OR details LIKE ?) ORDER BY seq",
  )
    .bind(action, email, `%${email}%`)
    .all<{ result: string; details: string }>();
  return results.map((row) => ({ result: row.result, details: JSON.parse(row.details) as Record<string, unknown> }));
}

describe("Cloudflare Access", () => {
  it("signs in with a valid token: the account is made just in time, verified, with a session audited once", async () => {
    const { vars, served } = await accessDeployment({ k1: current });
    const email = uniqueEmail("access");
    const token = await accessToken(email);
    const first = await me(vars, token);
    expect(first.status).toBe(200);
    const { user } = await first.json<UserResult>();
    expect(user).toMatchObject({ email, emailVerified: true });
    // The same token again from that browser: the same account, keys from the cache, no second sign-in.
    const cookie = sessionCookieOf(first);
    expect((await (await me(vars, token, cookie)).json<UserResult>()).user.id).toBe(user.id);
    // The cookie alone serves the paths left outside Access (the recipient page's reveal routes).
    expect((await (await api("/api/me", { vars, cookie })).json<UserResult>()).user.id).toBe(user.id);
    expect(served.fetches).toBe(1);
    expect(await auditOf(email, "signup")).toEqual([{ result: "success", details: { method: "access" } }]);
    expect(await auditOf(email, "login")).toEqual([{ result: "success", details: { method: "access" } }]);
  });

  it("uses the team's certs URL by default", async () => {
    const { vars, served } = await accessDeployment({ k1: current });
    const derived = `${TEAM}/cdn-cgi/access/certs`;
    vi.restoreAllMocks();
    const realFetch = globalThis.fetch;
    const fetched: string[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url !== derived) return realFetch(input, init);
      fetched.push(url);
      return Response.json({ keys: [{ ...(await exportJWK(current.publicKey)), kid: "k1", alg: "RS256" }] });
    });
    const res = await me({ ...vars, ACCESS_CERTS_URL: "" }, await accessToken(uniqueEmail("default-certs")));
    expect(res.status).toBe(200);
    expect(fetched).toEqual([derived]);
    expect(served.fetches).toBe(0);
  });

  const refusals: [string, string, (email: string) => Promise<string>][] = [
    ["expired", "expired", (email) => accessToken(email, { expiresIn: -60 })],
    ["not yet valid", "not_yet_valid", (email) => accessToken(email, { notBefore: 600 })],
    ["for another audience", "wrong_audience", (email) => accessToken(email, { claims: { aud: ["someone-else"] } })],
    [
      "from another issuer",
      "wrong_issuer",
      (email) => accessToken(email, { claims: { iss: "https://evil.cloudflareaccess.com" } }),
    ],
    ["signed by an unknown key", "unknown_key", (email) => accessToken(email, { kid: "k9", key: stranger })],
    ["signed by another key under a known kid", "bad_signature", (email) => accessToken(email, { key: stranger })],
    [
      "tampered with after signing",
      "bad_signature",
      async (email) => {
        const [header, , signature] = (await accessToken(email)).split(".");
        const forged = btoa(JSON.stringify({ email: "admin@acme.com", iss: TEAM, aud: [AUD], exp: 4_000_000_000 }));
        return `${header}.${forged.replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")}.${signature}`;
      },
    ],
    ["not a JWT at all", "malformed", async () => "not-a-jwt"],
  ];

  it.each(refusals)(
    "refuses a token %s with 401, audited with the reason, even beside a valid session",
    async (_, reason, make) => {
      const { vars } = await accessDeployment({ k1: current });
      const email = uniqueEmail("refused");
      const session = await signUp(email, vars);
      const res = await me(vars, await make(email), session.cookie);
      expect(res.status).toBe(401);
      expect(await errorOf(res)).toMatchObject({ code: "unauthenticated" });
      const failures = await env.DB.prepare(
        "SELECT details FROM audit_events WHERE action = 'login_failed' AND details LIKE ? ORDER BY seq DESC LIMIT 1",
      )
        .bind(`%"reason":"${reason}"%`)
        .first<{ details: string }>();
      expect(JSON.parse(failures?.details ?? "{}")).toMatchObject({ method: "access", reason });
      // The cookie alone still works: the refusal was of the token, not of the account.
      expect((await api("/api/me", { vars, cookie: session.cookie })).status).toBe(200);
    },
  );

  it("fetches the keys again for an unknown kid once the cooldown has passed (key rotation)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { vars, served } = await accessDeployment({ k1: current });
    expect((await me(vars, await accessToken(uniqueEmail("rotation")))).status).toBe(200);
    served.keys = { k1: current, k2: stranger };
    vi.setSystemTime(Date.now() + 31_000);
    const rotated = await accessToken(uniqueEmail("rotation"), { kid: "k2", key: stranger });
    expect((await me(vars, rotated)).status).toBe(200);
    expect(served.fetches).toBe(2);
  });

  it("links a password account with the same address, which then counts as verified", async () => {
    const { vars } = await accessDeployment({ k1: current });
    const email = uniqueEmail("linked");
    const { user } = await signUp(email, vars);
    expect(user.emailVerified).toBe(false);
    const res = await me(vars, await accessToken(email));
    expect((await res.json<UserResult>()).user).toMatchObject({ id: user.id, emailVerified: true });
    expect(await auditOf(email, "email_verified")).toEqual([
      { result: "success", details: { method: "access", linked: true } },
    ]);
  });

  it("makes ADMIN_EMAILS admins and refuses domains outside SSO_ALLOWED_DOMAINS", async () => {
    const boss = uniqueEmail("boss");
    const { vars } = await accessDeployment(
      { k1: current },
      { ADMIN_EMAILS: boss, SSO_ALLOWED_DOMAINS: "example.com" },
    );
    expect((await (await me(vars, await accessToken(boss))).json<UserResult>()).user.role).toBe("admin");
    expect((await (await me(vars, await accessToken(uniqueEmail("staff")))).json<UserResult>()).user.role).toBe(
      "member",
    );
    const outsider = "mallory@elsewhere.org";
    const res = await me(vars, await accessToken(outsider));
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toMatchObject({ code: "sso_refused" });
    expect(await auditOf(outsider, "login_failed")).toMatchObject([{ details: { reason: "domain_not_allowed" } }]);
  });

  it("completes an invite at the invitee's first sign-in: invite_accept, and the setup link stops working", async () => {
    const [boss, invitee] = [uniqueEmail("inviter"), uniqueEmail("invitee")];
    const { vars } = await accessDeployment({ k1: current }, { ADMIN_EMAILS: boss });
    const admin = sessionCookieOf(await me(vars, await accessToken(boss)));
    const invited = await postJson("/api/users", { email: invitee }, { cookie: admin, vars });
    expect(invited.status).toBe(201);
    const { user, setupToken } = await invited.json<Invitation>();
    const res = await me(vars, await accessToken(invitee));
    expect((await res.json<UserResult>()).user).toMatchObject({ id: user.id, role: "member", emailVerified: true });
    expect(await auditOf(invitee, "invite_accept")).toEqual([{ result: "success", details: { method: "access" } }]);
    const accepted = await env.DB.prepare(
      "SELECT actor_id FROM audit_events WHERE action = 'invite_accept' AND resource_id = ?",
    )
      .bind(user.id)
      .first<{ actor_id: string }>();
    expect(accepted?.actor_id).toBe(user.id);
    // Used up: the link the admin sent no longer sets a password, and a later sign-in accepts nothing more.
    const setup = await postJson("/api/auth/setup/invite", { token: setupToken }, { vars });
    expect(setup.status).toBe(404);
    expect((await me(vars, await accessToken(invitee))).status).toBe(200);
    expect(await auditOf(invitee, "invite_accept")).toHaveLength(1);
  });

  it("ignores the header when Access is not configured: a forged header signs no one in", async () => {
    const res = await me({}, await accessToken(uniqueEmail("unconfigured"), { key: stranger }));
    expect(res.status).toBe(401);
  });

  // Last in the file: it leaves the file's database with SSO admins only.
  it("counts SSO admins, who have no password, as the admin the database keeps (migration 0006)", async () => {
    const [first, second] = [uniqueEmail("sso-admin"), uniqueEmail("sso-admin")];
    const { vars } = await accessDeployment({ k1: current }, { ADMIN_EMAILS: `${first},${second}` });
    const bosses = [];
    for (const email of [first, second]) {
      const res = await me(vars, await accessToken(email));
      bosses.push({ ...(await res.json<UserResult>()).user, cookie: sessionCookieOf(res) });
    }
    const [one, two] = bosses;
    if (!one || !two) throw new Error("two admins expected");
    // Every other admin, the password ones included, may step down now: these two SSO admins remain.
    await env.DB.prepare("UPDATE users SET role = 'member' WHERE role = 'admin' AND id NOT IN (?, ?)")
      .bind(one.id, two.id)
      .run();
    const demote = (id: string, cookie: string) =>
      api(`/api/users/${id}`, { vars, cookie, method: "PATCH", body: JSON.stringify({ role: "member" }) });
    expect((await demote(one.id, two.cookie)).status).toBe(200);
    const last = await demote(two.id, two.cookie);
    expect(last.status).toBe(409);
    expect(await errorOf(last)).toMatchObject({ code: "last_admin" });
  });
});
