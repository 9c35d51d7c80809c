// Deliveries end to end through the real runtime: an audit event queues them (the D1 trigger), the ledger's
// seal pass wakes the endpoint's WebhookSender, which signs and POSTs them to a real local HTTP receiver.
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import type { AuditPage, WebhookList } from "../../../protocol/api";
import { makeRequest, respond } from "../../requests/test/request-client";
import { api, createSecret, eventually, reveal, signUpVerified } from "../../test/client";
import { DISABLE_AFTER_FAILED_DELIVERIES, FIRST_RETRY_MS, RETRY_WINDOW_MS } from "../retry-schedule";
import { receivedBy, receiverUrl } from "./receiver";
import { addWebhook, age, deliveriesOf, loopbackApi, makeDue, runSender, sendTestEvent } from "./webhook-client";

const SECRET_EVENTS = ["secret.created", "secret.viewed", "secret.burned", "secret.reveal_failed"];

describe("webhook deliveries", () => {
  it("sends a signed secret.viewed that a receiver verifies, with metadata only, and logs it", async () => {
    const owner = await signUpVerified();
    const name = crypto.randomUUID();
    const hook = await addWebhook(owner.cookie, receiverUrl("ok", name), SECRET_EVENTS);
    const created = await createSecret(owner, { name: "db password" });
    const res = await reveal(created.secret.id, created.proof, { ip: "198.51.100.77" });
    expect(res.status).toBe(200);
    const { ciphertext } = await res.json<{ ciphertext: string }>();

    const arrived = await eventually(
      () => receivedBy(name),
      (list) => list.some((r) => r.body.includes("secret.viewed")),
    );
    const viewed = arrived.find((r) => r.body.includes('"secret.viewed"'));
    if (!viewed) throw new Error("no secret.viewed delivery arrived");
    const payload = new Webhook(hook.secret).verify(viewed.body, viewed.headers) as {
      type: string;
      data: Record<string, unknown>;
    };
    expect(payload.type).toBe("secret.viewed");
    expect(payload.data).toMatchObject({
      resourceId: created.secret.id,
      resourceName: "db password",
      remainingViews: 0,
    });
    expect(viewed.headers["webhook-id"]).toMatch(/^msg_/);
    expect(viewed.headers["content-type"]).toBe("application/json");
    // Nothing secret, and not the viewer's address: no ciphertext, key, proof, verifier or IP.
    for (const secretPart of [ciphertext, created.linkKey, created.proof, created.keyProof, "198.51.100.77"]) {
      expect(viewed.body).not.toContain(secretPart);
    }
    expect(Object.keys(payload.data)).not.toContain("ip");
    expect(arrived.some((r) => r.body.includes('"secret.created"'))).toBe(true);

    const log = await eventually(
      () => deliveriesOf(owner.cookie, hook.id),
      (items) => items.filter((d) => d.status === "delivered").length >= 2,
    );
    const logged = log.find((d) => d.eventType === "secret.viewed");
    expect(logged).toMatchObject({ status: "delivered", attempts: 1, responseStatus: 204, error: null });
    expect(logged?.latencyMs).toEqual(expect.any(Number));
  });

  it("sends only the events an endpoint asked for, and only its owner's", async () => {
    const owner = await signUpVerified();
    const stranger = await signUpVerified();
    const name = crypto.randomUUID();
    const hook = await addWebhook(owner.cookie, receiverUrl("ok", name), ["secret.burned"]);
    const mine = await createSecret(owner);
    await createSecret(stranger);
    expect((await api(`/api/secrets/${mine.secret.id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(204);
    const log = await eventually(
      () => deliveriesOf(owner.cookie, hook.id),
      (items) => items.some((d) => d.status === "delivered"),
    );
    expect(log.map((d) => d.eventType)).toEqual(["secret.burned"]);
    expect((await receivedBy(name)).map((r) => JSON.parse(r.body).type)).toEqual(["secret.burned"]);
  });

  it("sends request.responded from a response (no vault of the request's own), once, without the ciphertext", async () => {
    const requester = await signUpVerified();
    const name = crypto.randomUUID();
    const hook = await addWebhook(requester.cookie, receiverUrl("ok", name), ["request.responded"]);
    const made = await makeRequest(requester);
    const answered = await respond(made.request.id, made.keys.publicKey, "the answer 42", {
      headers: { "CF-Connecting-IP": "198.51.100.99" },
    });
    expect(answered.status).toBe(201);
    const { id: responseId } = await answered.json<{ id: string }>();
    const [delivery] = await eventually(
      () => deliveriesOf(requester.cookie, hook.id),
      (items) => items[0]?.status === "delivered",
    );
    expect(delivery).toMatchObject({ eventType: "request.responded", status: "delivered" });
    const [arrived] = await receivedBy(name);
    const payload = new Webhook(hook.secret).verify(arrived?.body ?? "", arrived?.headers ?? {}) as {
      data: Record<string, unknown>;
    };
    expect(payload.data).toMatchObject({ resourceId: made.request.id, responseId });
    expect(arrived?.body).not.toContain("198.51.100.99");
    expect(await receivedBy(name)).toHaveLength(1);
  });

  it("retries a failing receiver with growing delays, gives up after a day, and disables the endpoint", async () => {
    const owner = await signUpVerified();
    const name = crypto.randomUUID();
    const hook = await addWebhook(owner.cookie, receiverUrl("fail", name), ["secret.viewed"]);
    const first = await sendTestEvent(owner.cookie, hook.id);
    const failed = await eventually(
      () => deliveriesOf(owner.cookie, hook.id),
      (items) => items[0]?.attempts === 1,
    );
    expect(failed[0]).toMatchObject({
      id: first.id,
      status: "pending",
      responseStatus: 500,
      error: "answered HTTP 500",
    });

    // Each wait is longer than the one before it (5 s, then four times longer each time).
    const gaps: number[] = [];
    for (let attempt = 2; attempt <= 4; attempt++) {
      await makeDue(hook.id);
      await runSender(hook.id);
      const [delivery] = await deliveriesOf(owner.cookie, hook.id);
      expect(delivery?.attempts).toBe(attempt);
      gaps.push(Date.parse(delivery?.nextAttemptAt ?? "") - Date.parse(delivery?.lastAttemptAt ?? ""));
    }
    expect(gaps[0]).toBeGreaterThanOrEqual(FIRST_RETRY_MS * 4);
    expect(gaps[1]).toBeGreaterThan(gaps[0] ?? 0);
    expect(gaps[2]).toBeGreaterThan(gaps[1] ?? 0);
    // Every attempt arrived, each with the same id and body and its own signature.
    const arrived = await receivedBy(name);
    expect(arrived).toHaveLength(4);
    expect(new Set(arrived.map((r) => r.headers["webhook-id"]))).toEqual(new Set([first.id]));
    for (const r of arrived) expect(new Webhook(hook.secret).verify(r.body, r.headers)).toBeTruthy();

    // A day later the delivery is given up; the endpoint is disabled once enough are given up in a row.
    for (let i = 1; i < DISABLE_AFTER_FAILED_DELIVERIES; i++) await sendTestEvent(owner.cookie, hook.id);
    await age(hook.id, RETRY_WINDOW_MS + 60_000);
    await makeDue(hook.id);
    await runSender(hook.id);
    const log = await deliveriesOf(owner.cookie, hook.id);
    expect(log.map((d) => d.status)).toEqual(Array(DISABLE_AFTER_FAILED_DELIVERIES).fill("failed"));
    expect(log.every((d) => d.nextAttemptAt === null)).toBe(true);
    const list = await (await loopbackApi("/api/webhooks", owner.cookie)).json<WebhookList>();
    expect(list.items[0]).toMatchObject({
      id: hook.id,
      enabled: false,
      disabledReason: expect.stringMatching(/failed/),
    });

    // Its owner hears of it (audit log: the switch and the mail), and no new event is queued for it.
    const audit = await eventually(
      async () => (await api("/api/audit?resourceType=webhook", { cookie: owner.cookie })).json<AuditPage>(),
      (page) => page.items.some((e) => e.action === "email_sent"),
    );
    expect(audit.items.map((e) => e.action)).toEqual(expect.arrayContaining(["webhook_disable", "email_sent"]));
    const mail = audit.items.find((e) => e.action === "email_sent");
    expect(mail?.details).toMatchObject({ kind: "webhook_disabled", to: owner.user.email });
    const created = await createSecret(owner);
    await reveal(created.secret.id, created.proof);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await deliveriesOf(owner.cookie, hook.id)).toHaveLength(DISABLE_AFTER_FAILED_DELIVERIES);

    // Turned on again, it starts afresh.
    const on = await loopbackApi(`/api/webhooks/${hook.id}`, owner.cookie, {
      method: "PATCH",
      body: JSON.stringify({ enabled: true }),
    });
    expect(await on.json()).toMatchObject({ enabled: true, disabledReason: null });
  });

  it("does not follow redirects, and cuts off big answers", async () => {
    const owner = await signUpVerified();
    const name = crypto.randomUUID();
    const redirecting = await addWebhook(owner.cookie, receiverUrl("redirect", name), ["secret.viewed"]);
    const big = await addWebhook(owner.cookie, receiverUrl("big", name), ["secret.viewed"]);
    await sendTestEvent(owner.cookie, redirecting.id);
    await sendTestEvent(owner.cookie, big.id);
    const [redirected] = await eventually(
      () => deliveriesOf(owner.cookie, redirecting.id),
      (items) => items[0]?.attempts === 1,
    );
    expect(redirected).toMatchObject({ status: "pending", responseStatus: 302, error: "redirect not followed" });
    expect(await receivedBy("redirected")).toEqual([]);
    const [cut] = await eventually(
      () => deliveriesOf(owner.cookie, big.id),
      (items) => items[0]?.status === "delivered",
    );
    // The answer never ends: only a sender that stops reading at 64 KB records it delivered, and at once.
    expect(cut).toMatchObject({ responseStatus: 200, attempts: 1, error: null });
    expect(cut?.latencyMs).toBeLessThan(10_000);
  });

  it("gives up on an answer slower than 10 s", async () => {
    const owner = await signUpVerified();
    const hook = await addWebhook(owner.cookie, receiverUrl("slow", crypto.randomUUID()), ["secret.viewed"]);
    await sendTestEvent(owner.cookie, hook.id);
    await runSender(hook.id);
    const [slow] = await deliveriesOf(owner.cookie, hook.id);
    expect(slow).toMatchObject({
      attempts: 1,
      status: "pending",
      responseStatus: null,
      error: "no answer within 10 s",
    });
  }, 40_000);
});

describe("the webhook event kinds", () => {
  it("name in D1 exactly the protocol's events (besides webhook.test)", async () => {
    const { WEBHOOK_EVENT_TYPES } = await import("../../../protocol/enums");
    const { results } = await env.DB.prepare("SELECT event_type FROM webhook_event_kinds").all<{
      event_type: string;
    }>();
    expect(results.map((r) => r.event_type).sort()).toEqual(
      WEBHOOK_EVENT_TYPES.filter((t) => t !== "webhook.test").sort(),
    );
  });
});
