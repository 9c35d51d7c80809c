// Webhook test helpers. Endpoints on the local receiver (plain http://127.0.0.1) may only be added from an app
// served on loopback, so these requests go to http://127.0.0.1 with APP_ORIGIN set to it: the same bindings,
// the deployment a developer runs with `npm start`.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { CreatedWebhook, WebhookDelivery, WebhookDeliveryList } from "../../../protocol/api";
import { app } from "../../app";
import { webhookSender } from "../webhook-sender";

const LOOPBACK = "http://127.0.0.1";

export async function loopbackApi(path: string, cookie: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  // The same session; on plain http its cookie has no __Host- prefix (auth/sessions.ts).
  headers.set("Cookie", cookie.replace(/^__Host-/, ""));
  headers.set("CF-Connecting-IP", "203.0.113.7");
  if (init.method && init.method !== "GET") headers.set("Origin", LOOPBACK);
  if (typeof init.body === "string") headers.set("Content-Type", "application/json");
  const request = new Request(`${LOOPBACK}${path}`, { ...init, headers });
  return app.fetch(request, { ...env, APP_ORIGIN: LOOPBACK }, createExecutionContext());
}

export async function addWebhook(cookie: string, url: string, events: string[], scope?: string, format?: string) {
  const res = await loopbackApi("/api/webhooks", cookie, {
    method: "POST",
    body: JSON.stringify({ url, events, scope, format }),
  });
  if (res.status !== 201) throw new Error(`webhook not added: ${res.status} ${await res.text()}`);
  return res.json<CreatedWebhook>();
}

export async function deliveriesOf(cookie: string, id: string): Promise<WebhookDelivery[]> {
  const res = await loopbackApi(`/api/webhooks/${id}/deliveries`, cookie);
  return (await res.json<WebhookDeliveryList>()).items;
}

export async function sendTestEvent(cookie: string, id: string): Promise<WebhookDelivery> {
  const res = await loopbackApi(`/api/webhooks/${id}/test`, cookie, { method: "POST" });
  if (res.status !== 202) throw new Error(`test event refused: ${res.status} ${await res.text()}`);
  return res.json<WebhookDelivery>();
}

/** Brings the endpoint's pending retries forward to now, as if their wait were over. */
export async function makeDue(endpointId: string): Promise<void> {
  await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = 0 WHERE endpoint_id = ? AND status = 'pending'")
    .bind(endpointId)
    .run();
}

/** Moves the endpoint's deliveries `ms` into the past, as if they had been queued that long ago. */
export async function age(endpointId: string, ms: number): Promise<void> {
  await env.DB.prepare("UPDATE webhook_deliveries SET created_at = created_at - ? WHERE endpoint_id = ?")
    .bind(ms, endpointId)
    .run();
}

/** Runs one pass of the endpoint's sender now (what its alarm does). */
export function runSender(endpointId: string): Promise<number> {
  return webhookSender(env, endpointId).deliverDue();
}
