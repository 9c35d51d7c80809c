// /api/webhooks: the SSRF rules for each URL form, the secret shown once, object-level authorization.
import { describe, expect, it } from "vitest";
import type { AuditPage, CreatedWebhook, WebhookList } from "../../../protocol/api";
import { api, errorOf, postJson, signUpVerified } from "../../test/client";
import { addWebhook, loopbackApi } from "./webhook-client";

const EVENTS = ["secret.viewed"];

/** A refused URL: 400 invalid_input, the message naming why. */
const REFUSED: [string, RegExp][] = [
  ["http://hooks.example.com/x", /https:\/\//],
  ["ftp://hooks.example.com/x", /https:\/\//],
  ["https://user:pass@hooks.example.com/x", /credentials/],
  ["https://token@hooks.example.com/x", /credentials/],
  ["https://127.0.0.1/x", /IPv4/],
  ["https://10.0.0.1/x", /IPv4/],
  ["https://169.254.169.254/latest/meta-data", /IPv4/],
  ["https://2130706433/x", /IPv4/], // decimal
  ["https://0x7f000001/x", /IPv4/], // hex
  ["https://0x7f.1/x", /IPv4/], // hex, short
  ["https://0177.0.0.1/x", /IPv4/], // octal
  ["https://127.1/x", /IPv4/], // short form
  ["https://[::1]/x", /IPv6/],
  ["https://[::ffff:127.0.0.1]/x", /IPv6/],
  ["https://[fd00::1]:8443/x", /IPv6/],
  ["https://hooks.example.com:8080/x", /port 443 or 8443/],
  ["https://hooks.example.com:22/x", /port 443 or 8443/],
  ["https://localhost/x", /local/],
  ["https://printer.local/x", /local/],
  ["https://metadata.google.internal/x", /local/],
  ["https://intranet/x", /fully qualified/],
  ["not a url", /not a valid URL/],
];

describe("webhook URLs", () => {
  it.each(REFUSED)("refuses %s", async (url, why) => {
    const { cookie } = await signUpVerified();
    const res = await postJson("/api/webhooks", { url, events: EVENTS }, { cookie });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/^url: /);
    expect(error.message).toMatch(why);
  });

  it("refuses plain http to loopback unless the app itself runs on loopback, and then only 127.0.0.1 or localhost", async () => {
    const { cookie } = await signUpVerified();
    const remote = await postJson("/api/webhooks", { url: "http://127.0.0.1:9000/x", events: EVENTS }, { cookie });
    expect((await errorOf(remote)).message).toMatch(/https:\/\//);
    expect((await addWebhook(cookie, "http://127.0.0.1:9000/x", EVENTS)).url).toBe("http://127.0.0.1:9000/x");
    expect((await addWebhook(cookie, "http://localhost:1234/", EVENTS)).url).toBe("http://localhost:1234/");
    for (const url of ["http://2130706433:9000/x", "http://[::1]:9000/x", "http://u:p@127.0.0.1:9000/"]) {
      const res = await loopbackApi("/api/webhooks", cookie, {
        method: "POST",
        body: JSON.stringify({ url, events: EVENTS }),
      });
      expect(res.status, url).toBe(400);
    }
  });

  it("accepts https host names on 443 and 8443", async () => {
    const { cookie } = await signUpVerified();
    for (const url of [
      "https://hooks.example.com/in",
      "https://hooks.example.com:443/in",
      "https://hooks.example.com:8443/in",
    ]) {
      const res = await postJson("/api/webhooks", { url, events: EVENTS }, { cookie });
      expect(res.status, url).toBe(201);
    }
  });
});

describe("webhook endpoints", () => {
  it("show the signing secret once, rotate it, and keep it from list answers and the audit log", async () => {
    const { cookie } = await signUpVerified();
    const res = await postJson(
      "/api/webhooks",
      { url: "https://hooks.example.com/a?token=abc", events: EVENTS },
      { cookie },
    );
    expect(res.status).toBe(201);
    const created = await res.json<CreatedWebhook>();
    expect(created).toMatchObject({
      events: EVENTS,
      scope: "account",
      enabled: true,
      secret: expect.stringMatching(/^whsec_/),
    });
    const listText = await (await api("/api/webhooks", { cookie })).text();
    expect(listText).not.toContain(created.secret);
    expect(listText).not.toContain("whsec_");
    const rotated = await (
      await api(`/api/webhooks/${created.id}/rotate`, { method: "POST", cookie })
    ).json<CreatedWebhook>();
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    const patched = await api(`/api/webhooks/${created.id}`, {
      method: "PATCH",
      cookie,
      body: JSON.stringify({ events: ["secret.burned"] }),
    });
    expect(await patched.json()).toMatchObject({ events: ["secret.burned"] });
    expect((await api(`/api/webhooks/${created.id}`, { method: "DELETE", cookie })).status).toBe(204);
    const audit = await (await api("/api/audit?resourceType=webhook", { cookie })).json<AuditPage>();
    expect(audit.items.map((e) => e.action).sort()).toEqual([
      "webhook_create",
      "webhook_delete",
      "webhook_rotate",
      "webhook_update",
    ]);
    const auditText = JSON.stringify(audit);
    expect(auditText).not.toContain("token=abc");
    expect(auditText).not.toContain(rotated.secret);
  });

  it("are another account's business only as a 404, and deployment-wide ones are for admins", async () => {
    const owner = await signUpVerified();
    const stranger = await signUpVerified();
    const hook = await (
      await postJson("/api/webhooks", { url: "https://hooks.example.com/b", events: EVENTS }, owner)
    ).json<CreatedWebhook>();
    for (const [method, path] of [
      ["PATCH", `/api/webhooks/${hook.id}`],
      ["DELETE", `/api/webhooks/${hook.id}`],
      ["POST", `/api/webhooks/${hook.id}/rotate`],
      ["POST", `/api/webhooks/${hook.id}/test`],
      ["GET", `/api/webhooks/${hook.id}/deliveries`],
    ] as const) {
      const body = method === "PATCH" ? JSON.stringify({ enabled: false }) : undefined;
      const res = await api(path, { method, body, cookie: stranger.cookie });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await (await api("/api/webhooks", stranger)).json<WebhookList>()).items).toEqual([]);
    const wide = await postJson(
      "/api/webhooks",
      { url: "https://hooks.example.com/c", events: EVENTS, scope: "deployment" },
      stranger,
    );
    expect(wide.status).toBe(403);
    expect((await errorOf(wide)).code).toBe("forbidden");
  });

  it("take a format: standard by default, slack on request, changed by PATCH, and nothing else", async () => {
    const { cookie } = await signUpVerified();
    const standard = await addWebhook(cookie, "https://hooks.example.com/d", EVENTS);
    expect(standard.format).toBe("standard");
    const slack = await addWebhook(cookie, "https://hooks.slack.com/services/T0/B0/x", EVENTS, undefined, "slack");
    expect(slack.format).toBe("slack");
    const patched = await api(`/api/webhooks/${standard.id}`, {
      method: "PATCH",
      cookie,
      body: JSON.stringify({ format: "slack" }),
    });
    expect(await patched.json()).toMatchObject({ id: standard.id, format: "slack", events: EVENTS });
    const list = await (await api("/api/webhooks", { cookie })).json<WebhookList>();
    expect(list.items.map((item) => item.format)).toEqual(["slack", "slack"]);
    const audit = await (await api("/api/audit?resourceType=webhook", { cookie })).json<AuditPage>();
    expect(audit.items.find((e) => e.action === "webhook_update")?.details).toMatchObject({ changed: "format" });

    const refused = [
      await postJson(
        "/api/webhooks",
        { url: "https://hooks.example.com/e", events: EVENTS, format: "teams" },
        { cookie },
      ),
      await api(`/api/webhooks/${slack.id}`, { method: "PATCH", cookie, body: JSON.stringify({ format: "Slack" }) }),
      await api(`/api/webhooks/${slack.id}`, { method: "PATCH", cookie, body: JSON.stringify({ format: null }) }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe("invalid_input");
      expect(error.message).toMatch(/^format: /);
    }
  });

  it("refuses bad bodies, naming the field", async () => {
    const { cookie } = await signUpVerified();
    for (const body of [
      { url: "https://hooks.example.com" },
      { url: "https://hooks.example.com", events: [] },
      { url: "https://hooks.example.com", events: ["secret.opened"] },
      { url: "https://hooks.example.com", events: ["secret.viewed", "secret.viewed"] },
    ]) {
      const res = await postJson("/api/webhooks", body, { cookie });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toMatch(/events/);
    }
  });
});
