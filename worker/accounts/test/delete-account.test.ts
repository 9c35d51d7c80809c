// Account deletion through the real Worker: real D1, KV and Durable Objects (vaults, the AuditLedger).
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditChainReport, AuditPage, CreatedApiToken, Invitation } from "../../../protocol/api";
import {
  api,
  type Caller,
  createSecret,
  errorOf,
  postJson,
  reveal,
  STRONG_PASSWORD,
  signUp,
  uniqueEmail,
} from "../../test/client";
import { receiverUrl } from "../../webhooks/test/receiver";
import { addWebhook } from "../../webhooks/test/webhook-client";

let admin: Caller & { user: { id: string; email: string } };
beforeAll(async () => {
  admin = await signUp(); // storage is per test file: the first sign-up is this deployment's only admin
  // A deployment-wide endpoint hears every account's events: its deliveries carry the actors' addresses.
  if (!admin.cookie) throw new Error("the admin has no session cookie");
  await addWebhook(admin.cookie, receiverUrl("ok", "deletions"), ["secret.created", "secret.burned"], "deployment");
});

const deliveriesNaming = (email: string) =>
  count(
    "SELECT 1 FROM webhook_deliveries WHERE payload ->> '$.data.actor.email' = ?1 OR payload ->> '$.data.resourceName' = ?1",
    email,
  );

const deleteMe = (caller: Caller & { headers?: HeadersInit }, body: unknown = { password: STRONG_PASSWORD }) =>
  api("/api/me", { method: "DELETE", body: JSON.stringify(body), ...caller });
const deleteMember = (id: string, caller: Caller, body: unknown = { password: STRONG_PASSWORD }) =>
  api(`/api/users/${id}/account`, { method: "DELETE", body: JSON.stringify(body), ...caller });

async function count(sql: string, ...values: unknown[]): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM (${sql})`)
    .bind(...values)
    .first<{ n: number }>();
  return row?.n ?? -1;
}

/** Every row of every table that still holds the account's id or address. */
async function rowsOf(id: string, email: string) {
  return {
    users: await count("SELECT 1 FROM users WHERE id = ?1 OR email = ?2", id, email),
    sessions: await count("SELECT 1 FROM sessions WHERE user_id = ?", id),
    apiTokens: await count("SELECT 1 FROM api_tokens WHERE user_id = ?", id),
    passkeys: await count("SELECT 1 FROM passkeys WHERE user_id = ?", id),
    recoveryCodes: await count("SELECT 1 FROM recovery_codes WHERE user_id = ?", id),
    invites: await count("SELECT 1 FROM invites WHERE user_id = ?1 OR invited_by = ?1", id),
    emailVerifications: await count("SELECT 1 FROM email_verifications WHERE user_id = ?", id),
    secrets: await count("SELECT 1 FROM secrets WHERE owner_id = ?", id),
    webhookEndpoints: await count("SELECT 1 FROM webhook_endpoints WHERE owner_id = ?", id),
    // The deployment-wide endpoint's deliveries of the account's events (their log, and any still pending).
    webhookPayloadsWithAddress: await deliveriesNaming(email),
    // What the account could read of the log (migration 0011): it reads nothing now; the events stay.
    auditReaderRows: await count("SELECT 1 FROM audit_event_readers WHERE account_id = ?", id),
    auditRowsWithAddress: await count(
      "SELECT 1 FROM audit_events WHERE actor_email = ?1 OR resource_name = ?1 OR instr(details, ?1) > 0",
      email,
    ),
  };
}

const NOTHING_LEFT = {
  users: 0,
  sessions: 0,
  apiTokens: 0,
  passkeys: 0,
  recoveryCodes: 0,
  invites: 0,
  emailVerifications: 0,
  secrets: 0,
  webhookEndpoints: 0,
  webhookPayloadsWithAddress: 0,
  auditReaderRows: 0,
  auditRowsWithAddress: 0,
};

/** A passkey, a recovery code and a webhook endpoint as their routes store them (the WebAuthn ceremony is tested in passkeys/). */
async function addPasskeyRows(userId: string) {
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO passkeys (id, user_id, name, public_key, counter, transports) VALUES (?1, ?2, 'laptop', 'pk', 0, '[]')",
    ).bind(`cred-${userId}`, userId),
    env.DB.prepare("INSERT INTO recovery_codes (code_hash, user_id) VALUES (?1, ?2)").bind(`code-${userId}`, userId),
    // A webhook endpoint as POST /api/webhooks stores it (its routes are tested in webhooks/).
    env.DB.prepare(
      "INSERT INTO webhook_endpoints (id, owner_id, created_by, url, events, sealed_secret) VALUES (?1, ?2, ?2, 'https://hooks.example.com/in', '[\"secret.viewed\"]', 'sealed')",
    ).bind(`hook-${userId}`, userId),
  ]);
}

async function verifyChain(): Promise<AuditChainReport> {
  const res = await api("/api/audit/verify", admin);
  expect(res.status).toBe(200);
  return res.json<AuditChainReport>();
}

async function events(query: string): Promise<AuditPage["items"]> {
  return (await (await api(`/api/audit?scope=all&${query}`, admin)).json<AuditPage>()).items;
}

describe("DELETE /api/me", () => {
  it("answers 204 and leaves nothing of the account but its id in the audit log, whose chain still verifies", async () => {
    const email = uniqueEmail("leaver");
    const member = await signUp(email);
    const active = await createSecret(member, { name: `for ${email}` });
    const tokenRes = await postJson("/api/tokens", { name: "ci" }, member);
    const { token } = await tokenRes.json<CreatedApiToken>();
    await addPasskeyRows(member.user.id);
    expect((await verifyChain()).intact).toBe(true); // the signup and token events are sealed with the address
    expect(await deliveriesNaming(email)).toBe(1); // the secret.created delivery names its creator

    const res = await deleteMe(member);
    expect(res.status).toBe(204);
    expect(res.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);

    // The recipient's link is dead at once, through the vault, not just in D1.
    expect((await reveal(active.secret.id, active.proof)).status).toBe(404);
    expect((await api("/api/me", member)).status).toBe(401);
    expect((await api("/api/me", { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
    expect(await rowsOf(member.user.id, email)).toEqual(NOTHING_LEFT);

    const label = `deleted account ${member.user.id}`;
    expect(await deliveriesNaming(label)).toBe(2); // secret.created, redacted; secret.burned, by the deletion
    const [deletion] = await events("action=account_delete");
    expect(deletion).toMatchObject({
      result: "success",
      resourceId: member.user.id,
      resourceName: label,
      actor: { id: member.user.id, email: label },
      details: { by: "self", secretsBurned: 1 },
    });
    const [signup] = (await events("action=signup")).filter((event) => event.resourceId === member.user.id);
    expect(signup).toMatchObject({ actor: { id: member.user.id, email: label }, resourceName: label });
    const [burn] = (await events("action=burn")).filter((event) => event.resourceId === active.secret.id);
    expect(burn?.actor).toEqual({ id: member.user.id, email: label });

    const report = await verifyChain();
    expect(report).toMatchObject({ intact: true, firstBroken: null, pending: 0 });
  });

  it("still detects an edit of a redacted event", async () => {
    const member = await signUp();
    expect((await deleteMe(member)).status).toBe(204);
    expect((await verifyChain()).intact).toBe(true);
    const label = `deleted account ${member.user.id}`;
    const row = await env.DB.prepare("SELECT seq, ip FROM audit_events WHERE actor_email = ?1 AND action = 'signup'")
      .bind(label)
      .first<{ seq: number; ip: string | null }>();
    const setIp = (ip: string | null) =>
      env.DB.prepare("UPDATE audit_events SET ip = ?1 WHERE seq = ?2")
        .bind(ip, row?.seq ?? 0)
        .run();
    await setIp("203.0.113.66");
    const report = await verifyChain();
    expect(report.intact).toBe(false);
    expect(report.firstBroken?.seq).toBe(row?.seq);
    await setIp(row?.ip ?? null); // put back, so later tests start from an intact chain
    expect((await verifyChain()).intact).toBe(true);
  });

  it("refuses a wrong password with 403, audits the refusal and deletes nothing", async () => {
    const email = uniqueEmail("stays");
    const member = await signUp(email);
    const kept = await createSecret(member);
    const res = await deleteMe(member, { password: "not the password at all, clearly" });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("invalid_credentials");
    expect((await api("/api/me", member)).status).toBe(200);
    expect(await count("SELECT 1 FROM secrets WHERE owner_id = ? AND status = 'active'", member.user.id)).toBe(1);
    expect((await reveal(kept.secret.id, kept.proof)).status).toBe(200);
    const [refusal] = (await events("action=account_delete&result=failure")).filter(
      (event) => event.resourceId === member.user.id,
    );
    expect(refusal?.details).toEqual({ reason: "wrong_password" });
  });

  it("asks for the password of a password account, and refuses API tokens", async () => {
    const member = await signUp();
    const missing = await deleteMe(member, {});
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).message).toMatch(/password/);
    const { token } = await (await postJson("/api/tokens", { name: "script" }, member)).json<CreatedApiToken>();
    const byToken = await deleteMe({ headers: { Authorization: `Bearer ${token}` } });
    expect(byToken.status).toBe(403);
    expect((await errorOf(byToken)).code).toBe("session_required");
    expect((await api("/api/me", member)).status).toBe(200);
  });

  it("lets an account without a password (SSO) delete itself only within 10 minutes of signing in", async () => {
    const member = await signUp();
    await env.DB.prepare("UPDATE users SET password_hash = '', sso_linked_at = 1 WHERE id = ?")
      .bind(member.user.id)
      .run();
    await env.DB.prepare("UPDATE sessions SET created_at = created_at - 11 * 60 * 1000 WHERE user_id = ?")
      .bind(member.user.id)
      .run();
    const stale = await deleteMe(member, {});
    expect(stale.status).toBe(403);
    expect((await errorOf(stale)).code).toBe("reauth_required");
    await env.DB.prepare("UPDATE sessions SET created_at = unixepoch('subsec') * 1000 WHERE user_id = ?")
      .bind(member.user.id)
      .run();
    expect((await deleteMe(member, {})).status).toBe(204);
    expect(await count("SELECT 1 FROM users WHERE id = ?", member.user.id)).toBe(0);
  });

  it("refuses the last admin with 409 before burning anything", async () => {
    const kept = await createSecret(admin);
    const res = await deleteMe(admin);
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe("last_admin");
    expect((await reveal(kept.secret.id, kept.proof)).status).toBe(200);
    expect((await api("/api/me", admin)).status).toBe(200);
  });
});

describe("DELETE /api/users/:id/account", () => {
  it("lets an admin delete a member, with the admin's own password, and removes the invites it sent", async () => {
    const email = uniqueEmail("second-admin");
    const other = await signUp(email);
    const promote = await api(`/api/users/${other.user.id}`, {
      method: "PATCH",
      body: JSON.stringify({ role: "admin" }),
      ...admin,
    });
    expect(promote.status).toBe(200);
    const invited = await postJson("/api/users", { email: uniqueEmail("invitee") }, other);
    const invitation = await invited.json<Invitation>();
    expect(await count("SELECT 1 FROM invites WHERE invited_by = ?", other.user.id)).toBe(1);

    const wrong = await deleteMember(other.user.id, admin, { password: "the wrong password, long enough" });
    expect(wrong.status).toBe(403);
    expect((await errorOf(wrong)).code).toBe("invalid_credentials");

    const res = await deleteMember(other.user.id, admin);
    expect(res.status).toBe(204);
    expect(await rowsOf(other.user.id, email)).toEqual(NOTHING_LEFT);
    expect((await api("/api/me", other)).status).toBe(401);
    // The invitee stays, pending, for another admin to invite again.
    expect(await count("SELECT 1 FROM users WHERE id = ?", invitation.user.id)).toBe(1);
    const [deletion] = (await events("action=account_delete&result=success")).filter(
      (event) => event.resourceId === other.user.id,
    );
    expect(deletion).toMatchObject({ actor: { id: admin.user.id, email: admin.user.email }, details: { by: "admin" } });
    expect((await verifyChain()).intact).toBe(true);
  });

  it("is for admins only, and an unknown id is 404", async () => {
    const member = await signUp();
    const refused = await deleteMember(admin.user.id, member);
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe("forbidden");
    expect((await api("/api/me", admin)).status).toBe(200);
    expect((await deleteMember("AAAAAAAAAAAAAAAAAAAAAA", admin)).status).toBe(404);
    expect((await deleteMember(admin.user.id, admin)).status).toBe(409);
  });
});
