// The deployment's [vars]: one schema, the same defaults as wrangler.toml documents, and a bad value
// refused by name instead of quietly replaced.
import { createExecutionContext, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { app } from "../app";
import { configOf, configSchema } from "../config";
import { purgeOldAuditEvents } from "../cron/purge-audit-events";
import { readDevOutbox } from "../mail/dev-outbox";
import { queuedMessages } from "../vault/outbox-queue";
import type { SecretVault } from "../vault/secret-vault";
import { vaultFor } from "../vault/vault-for";
import { createSecret, errorOf, eventually, ORIGIN, reveal, signUp } from "./client";

afterEach(() => vi.restoreAllMocks());

function health(vars: Record<string, unknown>) {
  // Unquoted TOML numbers and booleans reach the Worker as such, so vars are not all strings.
  const deployment = { ...env, ...vars } as Env;
  return app.fetch(new Request(`${ORIGIN}/api/health`), deployment, createExecutionContext());
}

describe("wrangler.toml [vars]", () => {
  const shape = configSchema.shape;

  it("documents every variable the schema reads, and nothing else", () => {
    expect(Object.keys(env.WRANGLER_VARS).sort()).toEqual(Object.keys(shape).sort());
  });

  it("gives each variable the schema's default", () => {
    for (const [name, value] of Object.entries(env.WRANGLER_VARS)) {
      const schema = shape[name as keyof typeof shape];
      expect(schema.parse(value), name).toEqual(schema.parse(undefined));
    }
  });
});

describe("a bad value", () => {
  const refused: [string, Record<string, unknown>][] = [
    ["MAX_SECRET_BYTES", { MAX_SECRET_BYTES: "abc" }],
    ["MAX_SECRET_BYTES", { MAX_SECRET_BYTES: "0" }],
    ["SIGNUP_POLICY", { SIGNUP_POLICY: "maybe" }],
    ["APP_ORIGIN", { APP_ORIGIN: "not a url" }],
    ["APP_ORIGIN", { APP_ORIGIN: "https://oncelink.test, javascript:alert(1)" }],
    ["ALLOW_ANONYMOUS_CREATE", { ALLOW_ANONYMOUS_CREATE: "yes" }],
    ["SESSION_TTL_SECONDS", { SESSION_TTL_SECONDS: "7d" }],
    ["SESSION_IDLE_SECONDS", { SESSION_IDLE_SECONDS: "-1" }],
    ["QUOTA_ACTIVE_SECRETS", { QUOTA_ACTIVE_SECRETS: "" }],
    ["QUOTA_ACTIVE_BYTES", { QUOTA_ACTIVE_BYTES: "1.5" }],
    ["AUDIT_RETENTION_DAYS", { AUDIT_RETENTION_DAYS: "forever" }],
    ["MAIL_TRANSPORT", { MAIL_TRANSPORT: "smtp" }],
    ["MAIL_FROM", { MAIL_FROM: "nobody" }],
    ["MAIL_DAILY_CAP", { MAIL_DAILY_CAP: "lots" }],
    ["SIGNUP_DOMAINS", { SIGNUP_DOMAINS: "@acme.example" }],
    ["SIGNUP_DOMAINS", { SIGNUP_POLICY: "domains", SIGNUP_DOMAINS: "" }],
    ["ACCESS_TEAM_DOMAIN", { ACCESS_TEAM_DOMAIN: "http://acme.cloudflareaccess.com", ACCESS_AUD: "aud" }],
    ["ACCESS_AUD", { ACCESS_TEAM_DOMAIN: "https://acme.cloudflareaccess.com" }],
    ["ACCESS_CERTS_URL", { ACCESS_CERTS_URL: "ftp://certs.example" }],
    ["OIDC_ISSUER", { OIDC_ISSUER: "not a url", OIDC_CLIENT_ID: "oncelink" }],
    ["OIDC_CLIENT_ID", { OIDC_ISSUER: "https://idp.example.com" }],
    ["SSO_ALLOWED_DOMAINS", { SSO_ALLOWED_DOMAINS: "@acme.example" }],
    ["ADMIN_EMAILS", { ADMIN_EMAILS: "boss@acme.com, nobody" }],
    ["PASSWORD_LOGIN", { PASSWORD_LOGIN: "false" }],
    ["PASSWORD_LOGIN", { PASSWORD_LOGIN: "off" }],
  ];

  it.each(refused)("answers 500 misconfigured naming %s", async (name, vars) => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await health(vars);
    expect(res.status).toBe(500);
    const error = await errorOf(res);
    expect(error.code).toBe("misconfigured");
    expect(error.message).toContain(name);
    expect(logged.mock.calls.flat().join(" ")).toContain(name);
  });

  it("is named in the log but never quoted, in case it was a secret pasted into the wrong place", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await health({ MAIL_FROM: "sk_live_do-not-log-me" });
    expect(res.status).toBe(500);
    const log = logged.mock.calls.flat().join(" ");
    expect(log).toContain("MAIL_FROM");
    expect(log).not.toContain("do-not-log-me");
    expect(await res.text()).not.toContain("do-not-log-me");
  });

  it("still gets the security headers", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await health({ SIGNUP_POLICY: "maybe" });
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("stops the cron too, instead of purging by a guessed retention", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const deployment = { ...env, AUDIT_RETENTION_DAYS: "forever" };
    await expect(purgeOldAuditEvents(deployment)).rejects.toThrow(/AUDIT_RETENTION_DAYS/);
  });
});

describe("a vault of a misconfigured deployment", () => {
  /** Gives one vault other settings, as a redeploy with other [vars] would. */
  const configureVault = (id: string, vars: Record<string, unknown>) =>
    runInDurableObject(vaultFor(env, id), (instance: SecretVault) => {
      Object.assign(instance, { env: { ...env, ...vars } });
    });

  it("records the view in D1, and holds its notice until the setting is fixed", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { secret, proof } = await createSecret(await signUp(), { name: "held notice", notifyOnView: true });
    await configureVault(secret.id, { MAIL_TRANSPORT: "smtp" });
    expect((await reveal(secret.id, proof)).status).toBe(200);
    const queued = () =>
      runInDurableObject(vaultFor(env, secret.id), (_, state) => [...queuedMessages(state.storage.kv, "mail")]);
    // The alarm that delivers it completes: D1 still learns of the view, and the notice waits.
    await runDurableObjectAlarm(vaultFor(env, secret.id));
    expect(await queued()).toHaveLength(1);
    const row = await env.DB.prepare("SELECT status FROM secrets WHERE id = ?").bind(secret.id).first();
    expect(row?.status).toBe("viewed");
    await configureVault(secret.id, { MAIL_TRANSPORT: "outbox" });
    await runDurableObjectAlarm(vaultFor(env, secret.id));
    const sent = await eventually(
      async () => (await readDevOutbox(env.KV)).filter((m) => m.subject.includes("held notice")),
      (mails) => mails.length === 1,
    );
    expect(sent).toHaveLength(1);
    expect(await queued()).toHaveLength(0);
  });
});

describe("configOf", () => {
  it("reads TOML's unquoted numbers and booleans as the strings they stand for", () => {
    const config = configOf({ ...env, MAX_SECRET_BYTES: 2048, ALLOW_ANONYMOUS_CREATE: true } as unknown as Env);
    expect(config.MAX_SECRET_BYTES).toBe(2048);
    expect(config.ALLOW_ANONYMOUS_CREATE).toBe(true);
  });

  it("parses a deployment once, however many requests ask", () => {
    const deployment = { ...env, SIGNUP_DOMAINS: "Acme.example, corp.example" };
    expect(configOf(deployment)).toBe(configOf(deployment));
    expect(configOf(deployment).SIGNUP_DOMAINS).toEqual(["acme.example", "corp.example"]);
  });
});
