import { createExecutionContext, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../protocol/api";
import { app } from "../../app";
import { openDatabase } from "../../db/client";
import { findWebhook } from "../../db/webhooks";
import {
  api,
  type Caller,
  createSecret,
  errorOf,
  eventually,
  ORIGIN,
  OUTBOX,
  postJson,
  reveal,
  signUp,
  signUpVerified,
  uniqueEmail,
  verificationTokenFor,
} from "../../test/client";
import { pastExpiry } from "../../test/vault-clock";
import { queuedMessages } from "../../vault/outbox-queue";
import type { SecretVault } from "../../vault/secret-vault";
import { vaultFor } from "../../vault/vault-for";
import { disableFailingWebhook } from "../../webhooks/disable-failing-webhook";
import { readDevOutbox } from "../dev-outbox";

let owner: Caller & { email: string };
let admin: Caller & { user: { id: string; email: string } };
beforeAll(async () => {
  admin = await signUp(); // the first account of this file's storage
  // Verified, so link mail names the owner as its sender.
  const account = await signUpVerified();
  owner = { cookie: account.cookie, email: account.user.email };
});

/** Calls the app with some configuration changed (real bindings, other vars). */
function withVars(vars: Partial<Env>, path: string, body: unknown, caller: Caller) {
  const request = new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: ORIGIN, Cookie: caller.cookie ?? "" },
    body: JSON.stringify(body),
  });
  return app.fetch(request, { ...env, ...vars }, createExecutionContext());
}

async function mailEvents(resourceId: string, count = 1): Promise<AuditEvent[]> {
  return eventually(
    async () => {
      const res = await api("/api/audit?action=email_sent&limit=200", owner);
      return (await res.json<{ items: AuditEvent[] }>()).items.filter((e) => e.resourceId === resourceId);
    },
    (events) => events.length >= count,
  );
}

async function eventsOfSecret(caller: Caller, id: string): Promise<AuditEvent[]> {
  const res = await api("/api/audit?action=email_sent&limit=200", caller);
  return (await res.json<{ items: AuditEvent[] }>()).items.filter((e) => e.resourceId === id);
}

/** Gives one vault other mail settings, as a deployment would configure them. */
async function configureVault(id: string, vars: Partial<Env>) {
  await runInDurableObject(vaultFor(env, id), (instance: SecretVault) => {
    Object.assign(instance, { env: { ...env, ...vars } });
  });
}

describe("POST /api/secrets/:id/email", () => {
  it("mails the full link to the recipient and keeps no copy of it", async () => {
    const to = uniqueEmail("recipient");
    const { secret, linkKey } = await createSecret(owner, { recipientEmail: to, name: "for mail" });
    const link = `${secret.url}#${linkKey}`;
    const res = await postJson(`/api/secrets/${secret.id}/email`, { link }, owner);
    expect(res.status).toBe(202);
    const [event] = await mailEvents(secret.id);
    expect(event?.details).toEqual({ kind: "link", to });
    // Not in D1 (any table), not in KV, not in the audit event.
    for (const table of ["secrets", "audit_events", "users", "sessions", "api_tokens"]) {
      const rows = await env.DB.prepare(`SELECT * FROM ${table}`).all();
      expect(JSON.stringify(rows.results)).not.toContain(linkKey);
    }
    const kv = await env.KV.list();
    for (const key of kv.keys) expect(`${key.name}${await env.KV.get(key.name)}`).not.toContain(linkKey);
  });

  it("carries the link, the sender and the deployment in the message", async () => {
    const to = uniqueEmail("recipient");
    const { secret, linkKey } = await createSecret(owner, { recipientEmail: to });
    const link = `${secret.url}#${linkKey}`;
    const res = await withVars({ MAIL_TRANSPORT: "outbox" }, `/api/secrets/${secret.id}/email`, { link }, owner);
    expect(res.status).toBe(202);
    const [message] = (await readDevOutbox(env.KV)).filter((m) => m.to === to);
    expect(message?.text).toContain(link);
    expect(message?.html).toContain(link);
    expect(message?.subject).toContain(owner.email);
    expect(message?.text).toContain(ORIGIN);
  });

  it("names an unverified sender nowhere in the mail, and a verified one once verified", async () => {
    const unproven = await signUp(uniqueEmail("claimed"), OUTBOX);
    const to = uniqueEmail("recipient");
    const { secret, linkKey } = await createSecret(unproven, { recipientEmail: to });
    const link = `${secret.url}#${linkKey}`;
    const res = await withVars(OUTBOX, `/api/secrets/${secret.id}/email`, { link }, unproven);
    expect(res.status).toBe(202);
    const [message] = (await readDevOutbox(env.KV)).filter((m) => m.to === to);
    expect(message?.subject).toBe("An Oncelink user (unverified address) shared a secret with you");
    for (const part of [message?.subject, message?.text, message?.html]) {
      expect(part).not.toContain(unproven.user.email);
    }
    expect(message?.text).toContain(link);
    // Verified (through the link mailed at its sign-up), the same account is named.
    const token = await verificationTokenFor(unproven.user.email);
    expect((await postJson("/api/auth/verify", { token })).status).toBe(200);
    const again = await createSecret(unproven, { recipientEmail: to });
    const secondLink = `${again.secret.url}#${again.linkKey}`;
    await withVars(OUTBOX, `/api/secrets/${again.secret.id}/email`, { link: secondLink }, unproven);
    const [named] = (await readDevOutbox(env.KV)).filter((m) => m.to === to);
    expect(named?.subject).toBe(`${unproven.user.email} shared a secret with you`);
    expect(named?.text).toContain(`${unproven.user.email} shared a secret with you`);
  });

  it.each([
    ["another secret's link", (url: string, key: string) => `${url.slice(0, -3)}AAA#${key}`],
    ["another origin", (url: string, key: string) => `${url.replace(ORIGIN, "https://evil.example")}#${key}`],
    ["a link without its key", (url: string) => url],
    ["a cut-off key", (url: string, key: string) => `${url}#${key.slice(0, 20)}`],
    ["a link with a query", (url: string, key: string) => `${url}?x=1#${key}`],
  ])("refuses %s with 400", async (_, makeLink) => {
    const { secret, linkKey } = await createSecret(owner, { recipientEmail: uniqueEmail() });
    const res = await postJson(`/api/secrets/${secret.id}/email`, { link: makeLink(secret.url, linkKey) }, owner);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain("link");
  });

  it("is the owner's alone, needs a recipient, and answers 404 to everyone else", async () => {
    const { secret, linkKey } = await createSecret(owner, { recipientEmail: uniqueEmail() });
    const link = `${secret.url}#${linkKey}`;
    const stranger = await signUp();
    expect((await postJson(`/api/secrets/${secret.id}/email`, { link }, stranger)).status).toBe(404);
    expect((await postJson(`/api/secrets/${secret.id}/email`, { link })).status).toBe(401);
    const bare = await createSecret(owner);
    const noRecipient = await postJson(
      `/api/secrets/${bare.secret.id}/email`,
      { link: `${bare.secret.url}#${bare.linkKey}` },
      owner,
    );
    expect(noRecipient.status).toBe(400);
    expect((await errorOf(noRecipient)).message).toContain("recipient");
  });

  it("stops at the daily cap", async () => {
    const sender = await signUp();
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { secret, linkKey } = await createSecret(sender, { recipientEmail: uniqueEmail() });
      const res = await withVars(
        // Three: the verification mail of the sender's sign-up is the day's first.
        { MAIL_DAILY_CAP: "3" },
        `/api/secrets/${secret.id}/email`,
        { link: `${secret.url}#${linkKey}` },
        sender,
      );
      codes.push(res.status);
      if (res.status === 429) {
        expect((await errorOf(res)).code).toBe("rate_limited");
        expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
      }
    }
    expect(codes).toEqual([202, 202, 429]);
  });
});

describe("notify me when viewed", () => {
  const SAFARI =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

  async function revealAs(id: string, proof: string) {
    const { exports } = await import("cloudflare:workers");
    const request = new Request(`${ORIGIN}/api/secrets/${id}/reveal`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": "198.51.100.20", "User-Agent": SAFARI },
      body: JSON.stringify({ proof }),
      cf: { city: "Lisbon", country: "PT" },
    } as RequestInit);
    return exports.default.fetch(request);
  }

  it("mails the creator after a view: which secret, when, by whom, from where, on what device", async () => {
    const { secret, proof } = await createSecret(owner, { name: "Deploy key", notifyOnView: true, maxViews: 2 });
    await configureVault(secret.id, { MAIL_TRANSPORT: "outbox" });
    expect((await revealAs(secret.id, proof)).status).toBe(200);
    const [event] = await mailEvents(secret.id);
    expect(event).toMatchObject({ result: "success", details: { kind: "viewed", to: owner.email } });
    const [message] = (await readDevOutbox(env.KV)).filter((m) => m.subject.includes("Deploy key"));
    expect(message?.to).toBe(owner.email);
    expect(message?.text).toContain("By: Unknown");
    expect(message?.text).toContain("From: Lisbon, PT");
    expect(message?.text).toContain("Device: Safari 17 on iOS (mobile)");
    expect(message?.text).toContain("1 view remains.");
    expect(message?.text).not.toContain(proof);
  });

  it("keeps every header on one line, even for a name stored with a line break", async () => {
    const { secret, proof } = await createSecret(owner, { name: "Quarterly report", notifyOnView: true });
    // A name from before names were checked: put straight into the vault, as old storage could hold it.
    await runInDurableObject(vaultFor(env, secret.id), (instance: SecretVault, state) => {
      const stored = state.storage.kv.get<Record<string, unknown>>("state");
      state.storage.kv.put("state", { ...stored, name: "Quarterly report\r\nBcc: list@evil.example" });
      Object.assign(instance, { env: { ...env, MAIL_TRANSPORT: "outbox" } });
    });
    expect((await revealAs(secret.id, proof)).status).toBe(200);
    await mailEvents(secret.id);
    const [message] = (await readDevOutbox(env.KV)).filter((m) => m.subject.includes("Quarterly report"));
    expect(message?.subject).toBe('Your secret "Quarterly report Bcc: list@evil.example" was viewed');
    expect(message?.subject).not.toMatch(/[\r\n]/);
    expect(message?.to).toBe(owner.email);
  });

  it("says when the viewer's address is not verified, and names a verified viewer plainly", async () => {
    for (const [viewer, by] of [
      [await signUp(), (email: string) => `By: ${email} (address not verified)`],
      [await signUpVerified(), (email: string) => `By: ${email}\n`],
    ] as const) {
      const name = `seen by ${viewer.user.id}`;
      const { secret, proof } = await createSecret(owner, { name, notifyOnView: true });
      await configureVault(secret.id, { MAIL_TRANSPORT: "outbox" });
      expect((await reveal(secret.id, proof, viewer)).status).toBe(200);
      await mailEvents(secret.id);
      const [message] = (await readDevOutbox(env.KV)).filter((m) => m.subject.includes(name));
      expect(message?.text).toContain(by(viewer.user.email));
    }
  });

  it("retries a failing provider, reports it after the last attempt, and never fails the reveal", async () => {
    const { secret, proof } = await createSecret(owner, { name: "unlucky", notifyOnView: true });
    // The real binding refuses a sender outside allowed_sender_addresses. (Its local simulation also
    // logs the refusal as an uncaught rejection of its own; the vault catches the error it is given.)
    await configureVault(secret.id, { MAIL_FROM: "Oncelink <spoofed@elsewhere.example>" });
    expect((await revealAs(secret.id, proof)).status).toBe(200);
    const vault = vaultFor(env, secret.id);
    const attempts = () => runInDurableObject(vault, (_, state) => queuedMessages(state.storage.kv, "mail"));
    await eventually(attempts, (mails) => mails[0]?.[1].attempts === 1);
    for (let i = 0; i < 4; i++) await runDurableObjectAlarm(vault);
    const [failure] = await mailEvents(secret.id);
    expect(failure).toMatchObject({
      result: "failure",
      details: { kind: "viewed", to: owner.email, attempts: 5, reason: "mail_failed" },
    });
    expect(String(failure?.details.error)).toContain("not allowed");
    expect(await attempts()).toEqual([]);
    // Visible to the admin: the deployment's failed mails, one filter away.
    const failed = await api("/api/audit?action=email_sent&result=failure&scope=all", admin);
    const items = (await failed.json<{ items: AuditEvent[] }>()).items;
    expect(items.some((e) => e.resourceId === secret.id)).toBe(true);
    const row = await env.DB.prepare("SELECT status FROM secrets WHERE id = ?").bind(secret.id).first();
    expect(row).toEqual({ status: "viewed" });
  });

  it("drops a notice past the owner's daily cap, recorded with the link mails' reason", async () => {
    const sender = await signUp();
    const { secret, proof } = await createSecret(sender, { name: "capped", notifyOnView: true });
    // One: the verification mail of the sender's sign-up has used the day's only mail.
    await configureVault(secret.id, { MAIL_TRANSPORT: "outbox", MAIL_DAILY_CAP: "1" });
    expect((await revealAs(secret.id, proof)).status).toBe(200);
    const [dropped] = await eventually(
      async () => (await eventsOfSecret(sender, secret.id)).filter((e) => e.action === "email_sent"),
      (events) => events.length > 0,
    );
    expect(dropped).toMatchObject({
      result: "failure",
      details: { kind: "viewed", to: sender.user.email, error: "daily cap reached", reason: "daily_cap" },
    });
    expect((await readDevOutbox(env.KV)).filter((m) => m.subject.includes("capped"))).toEqual([]);
  });

  it("sends after the provider recovers", async () => {
    const { secret, proof } = await createSecret(owner, { name: "recovers", notifyOnView: true });
    await configureVault(secret.id, { MAIL_FROM: "spoofed@elsewhere.example" });
    expect((await revealAs(secret.id, proof)).status).toBe(200);
    const vault = vaultFor(env, secret.id);
    await eventually(
      () => runInDurableObject(vault, (_, state) => queuedMessages(state.storage.kv, "mail").length),
      (n) => n === 1,
    );
    await configureVault(secret.id, {});
    await runDurableObjectAlarm(vault);
    const [sent] = await mailEvents(secret.id);
    expect(sent).toMatchObject({ result: "success", details: { kind: "viewed" } });
    // Delivered and sent: the vault is gone.
    expect(await runInDurableObject(vault, (_, state) => [...state.storage.kv.list()].length)).toBe(0);
  });

  it("tells the creator when a secret expires unviewed", async () => {
    const { secret } = await createSecret(owner, { name: "ignored", notifyOnView: true });
    const vault = vaultFor(env, secret.id);
    await configureVault(secret.id, { MAIL_TRANSPORT: "outbox" });
    await pastExpiry(secret.id);
    await runDurableObjectAlarm(vault);
    const [event] = await mailEvents(secret.id);
    expect(event?.details).toEqual({ kind: "expired", to: owner.email });
  });
});

describe("the mail of a webhook switched off for failing", () => {
  /** An endpoint of `ownerId`'s, as D1 holds it; the webhook tests cover how one gets there. */
  async function endpointOf(ownerId: string) {
    const id = crypto.randomUUID();
    await env.DB.prepare(
      `INSERT INTO webhook_endpoints (id, owner_id, created_by, url, events, sealed_secret, updated_at)
       VALUES (?1, ?2, ?2, 'https://hooks.example.com/gone', '["secret.viewed"]', 'sealed', ?3)`,
    )
      .bind(id, ownerId, Date.now())
      .run();
    const row = await findWebhook(openDatabase(env.DB), id);
    if (!row) throw new Error("endpoint not stored");
    return row;
  }

  async function mailEventOf(endpointId: string) {
    const row = await env.DB.prepare(
      "SELECT result, details FROM audit_events WHERE action = 'email_sent' AND resource_id = ?",
    )
      .bind(endpointId)
      .first<{ result: string; details: string }>();
    return { result: row?.result, details: JSON.parse(row?.details ?? "{}") };
  }

  it("records a provider's refusal with the link mails' reason, and a sent one without", async () => {
    const refused = await endpointOf(admin.user.id);
    const spoofed = { ...env, MAIL_FROM: "Oncelink <spoofed@elsewhere.example>" };
    await disableFailingWebhook(spoofed, openDatabase(env.DB), refused, 5);
    const failure = await mailEventOf(refused.id);
    expect(failure).toMatchObject({
      result: "failure",
      details: { kind: "webhook_disabled", to: admin.user.email, reason: "mail_failed" },
    });
    expect(String(failure.details.error)).toContain("not allowed");
    const sent = await endpointOf(admin.user.id);
    await disableFailingWebhook({ ...env, MAIL_TRANSPORT: "outbox" }, openDatabase(env.DB), sent, 5);
    expect(await mailEventOf(sent.id)).toEqual({
      result: "success",
      details: { kind: "webhook_disabled", to: admin.user.email },
    });
  });
});
