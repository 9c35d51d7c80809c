// /api/webhooks (docs/api.md, Webhooks): an account's endpoints, and for admins the deployment-wide ones.
// Another account's endpoint answers exactly like one that does not exist.
import { type Context, Hono } from "hono";
import type { CreatedWebhook, WebhookDeliveryList, WebhookList } from "../../protocol/api";
import { encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { SMALL_BODY_LIMIT } from "../../protocol/limits";
import { resourceIdParams } from "../../protocol/schemas";
import {
  createWebhookSchema,
  MAX_WEBHOOKS,
  updateWebhookSchema,
  webhookDeliveriesQuery,
} from "../../protocol/webhook-schemas";
import { type AuditEventInput, commitWithAudit } from "../audit/commit-with-audit";
import { currentUser, requireUser } from "../auth/current-user";
import type { WebhookEndpointRow } from "../db/webhook-schema";
import {
  countWebhooks,
  deleteWebhook,
  findManageableWebhook,
  insertDelivery,
  insertWebhook,
  listWebhooks,
  recentDeliveries,
  updateWebhook,
} from "../db/webhooks";
import type { AppEnv } from "../env";
import { ApiError, invalidInput } from "../http/errors";
import { limitBody, valid } from "../http/validate-request";
import { presentDelivery, presentWebhook } from "../webhooks/present-webhook";
import { sealSigningSecret } from "../webhooks/signing-secret-seal";
import { newSigningSecret } from "../webhooks/standard-webhooks-signature";
import { testEventPayload } from "../webhooks/test-event";
import { webhookSender } from "../webhooks/webhook-sender";
import { isLoopbackApp, webhookUrlProblem } from "../webhooks/webhook-url";

export const webhookRoutes = new Hono<AppEnv>()
  .use("/webhooks", requireUser)
  .use("/webhooks/*", requireUser)
  .post("/webhooks", limitBody(SMALL_BODY_LIMIT), valid("json", createWebhookSchema), async (c) => {
    const body = c.req.valid("json");
    const user = currentUser(c);
    if (body.scope === "deployment" && user.role !== "admin") {
      throw new ApiError(403, "forbidden", "Only an administrator can add a deployment-wide webhook.");
    }
    const ownerId = body.scope === "deployment" ? null : user.id;
    if ((await countWebhooks(c.var.db, ownerId)) >= MAX_WEBHOOKS) {
      throw new ApiError(403, "quota_exceeded", `At most ${MAX_WEBHOOKS} webhook endpoints are allowed.`);
    }
    const id = encodeBase64Url(randomBytes(16));
    const secret = newSigningSecret();
    const now = new Date();
    const row: WebhookEndpointRow = {
      id,
      ownerId,
      createdBy: user.id,
      url: checkedUrl(c, body.url),
      events: body.events,
      format: body.format,
      sealedSecret: await sealSigningSecret(c.env, id, secret),
      enabled: true,
      disabledReason: null,
      failedInARow: 0,
      createdAt: now,
      updatedAt: now,
    };
    await commitWithAudit(c, [insertWebhook(c.var.db, row)], webhookEvent("webhook_create", row));
    // The only time the signing secret is shown: D1 keeps it sealed.
    return c.json({ ...presentWebhook(row), secret } satisfies CreatedWebhook, 201);
  })
  .get("/webhooks", async (c) => {
    const rows = await listWebhooks(c.var.db, currentUser(c));
    return c.json({ items: rows.map(presentWebhook) } satisfies WebhookList);
  })
  .patch("/webhooks/:id", limitBody(SMALL_BODY_LIMIT), valid("json", updateWebhookSchema), async (c) => {
    const row = await manageableWebhook(c);
    const body = c.req.valid("json");
    const changes: Partial<WebhookEndpointRow> = {};
    if (body.url !== undefined) changes.url = checkedUrl(c, body.url);
    if (body.events !== undefined) changes.events = body.events;
    if (body.format !== undefined) changes.format = body.format;
    if (body.enabled !== undefined) changes.enabled = body.enabled;
    // Turned back on: a fresh start, the failures that switched it off are forgotten.
    if (body.enabled) Object.assign(changes, { disabledReason: null, failedInARow: 0 });
    const updated = { ...row, ...changes, updatedAt: new Date() };
    const details = { changed: Object.keys(body).sort().join(","), enabled: updated.enabled };
    await commitWithAudit(c, [updateWebhook(c.var.db, row.id, changes)], {
      ...webhookEvent("webhook_update", updated),
      details,
    });
    if (body.enabled) c.executionCtx.waitUntil(webhookSender(c.env, row.id).sendSoon(row.id));
    return c.json(presentWebhook(updated));
  })
  .delete("/webhooks/:id", async (c) => {
    const row = await manageableWebhook(c);
    await commitWithAudit(c, [deleteWebhook(c.var.db, row.id)], webhookEvent("webhook_delete", row));
    return c.body(null, 204);
  })
  .post("/webhooks/:id/rotate", async (c) => {
    const row = await manageableWebhook(c);
    const secret = newSigningSecret();
    const sealedSecret = await sealSigningSecret(c.env, row.id, secret);
    const updated = { ...row, sealedSecret, updatedAt: new Date() };
    await commitWithAudit(c, [updateWebhook(c.var.db, row.id, { sealedSecret })], webhookEvent("webhook_rotate", row));
    // Deliveries still queued are signed with the new secret when they go out: each attempt signs afresh.
    return c.json({ ...presentWebhook(updated), secret } satisfies CreatedWebhook);
  })
  .get("/webhooks/:id/deliveries", valid("query", webhookDeliveriesQuery), async (c) => {
    const row = await manageableWebhook(c);
    const rows = await recentDeliveries(c.var.db, row.id, c.req.valid("query").limit);
    return c.json({ items: rows.map(presentDelivery) } satisfies WebhookDeliveryList);
  })
  .post("/webhooks/:id/test", async (c) => {
    const row = await manageableWebhook(c);
    const delivery = { id: `msg_${crypto.randomUUID().replaceAll("-", "")}`, endpointId: row.id };
    const payload = testEventPayload(row, currentUser(c), new Date());
    const [inserted] = await c.var.db.batch([
      insertDelivery(c.var.db, { ...delivery, eventType: "webhook.test", payload }).returning(),
    ]);
    c.executionCtx.waitUntil(webhookSender(c.env, row.id).sendSoon(row.id));
    const [stored] = inserted;
    if (!stored) throw new Error("test delivery not stored");
    return c.json(presentDelivery(stored), 202);
  });

async function manageableWebhook(c: Context<AppEnv>): Promise<WebhookEndpointRow> {
  const id = c.req.param("id") ?? "";
  const row = resourceIdParams.safeParse({ id }).success && (await findManageableWebhook(c.var.db, id, currentUser(c)));
  if (!row) throw new ApiError(404, "not_found", "No such webhook endpoint.");
  return row;
}

/** A refused URL is 400 invalid_input naming why (the SSRF rules, webhooks/webhook-url.ts). */
function checkedUrl(c: Context<AppEnv>, url: string): string {
  const problem = webhookUrlProblem(url, { loopbackApp: isLoopbackApp(c.var.origin) });
  if (problem) throw invalidInput(`url: ${problem}`);
  return new URL(url).href;
}

/** Named by host only: a URL's path or query may hold the receiver's own token, which the log must not keep. */
function webhookEvent(action: AuditEventInput["action"], row: WebhookEndpointRow): AuditEventInput {
  return {
    action,
    resourceType: "webhook",
    resourceId: row.id,
    resourceName: new URL(row.url).host,
    ownerId: row.ownerId ?? row.createdBy,
    details: {
      scope: row.ownerId === null ? "deployment" : "account",
      events: row.events.length,
      format: row.format,
    },
  };
}
