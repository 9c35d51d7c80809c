// The route table (protocol/routes.ts), part 9: webhook endpoints (docs/api.md, Webhooks).
import { SMALL_BODY_LIMIT } from "./limits";
import {
  createdWebhookSchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookEndpointSchema,
  webhookListSchema,
} from "./response-schemas";
import type { ApiRoute } from "./route-types";
import { resourceIdParams as params } from "./schemas";
import { createWebhookSchema, updateWebhookSchema, webhookDeliveriesQuery } from "./webhook-schemas";

const unverified = ["401 unauthenticated", "403 email_unverified"] as const;
const change = [...unverified, "403 csrf"] as const;

export const WEBHOOK_ROUTES: readonly ApiRoute[] = [
  {
    method: "POST",
    path: "/api/webhooks",
    summary: "Add a webhook endpoint (answers its signing secret, once)",
    auth: "user",
    body: createWebhookSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 201,
    response: createdWebhookSchema,
    errors: ["400 invalid_input", ...change, "403 forbidden", "403 quota_exceeded", "413 too_large"],
  },
  {
    method: "GET",
    path: "/api/webhooks",
    summary: "List your webhook endpoints (and, for an admin, the deployment-wide ones)",
    auth: "user",
    success: 200,
    response: webhookListSchema,
    errors: [...unverified],
  },
  {
    method: "PATCH",
    path: "/api/webhooks/:id",
    summary: "Change a webhook endpoint's URL, events or format, or turn it on or off",
    auth: "user",
    params,
    body: updateWebhookSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 200,
    response: webhookEndpointSchema,
    errors: ["400 invalid_input", ...change, "404 not_found", "413 too_large"],
  },
  {
    method: "DELETE",
    path: "/api/webhooks/:id",
    summary: "Delete a webhook endpoint and its delivery log",
    auth: "user",
    params,
    success: 204,
    errors: [...change, "404 not_found"],
  },
  {
    method: "POST",
    path: "/api/webhooks/:id/rotate",
    summary: "Replace a webhook endpoint's signing secret (answers the new one, once)",
    auth: "user",
    params,
    success: 200,
    response: createdWebhookSchema,
    errors: [...change, "404 not_found"],
  },
  {
    method: "GET",
    path: "/api/webhooks/:id/deliveries",
    summary: "A webhook endpoint's delivery log, newest first",
    auth: "user",
    params,
    query: webhookDeliveriesQuery,
    success: 200,
    response: webhookDeliveryListSchema,
    errors: ["400 invalid_input", ...unverified, "404 not_found"],
  },
  {
    method: "POST",
    path: "/api/webhooks/:id/test",
    summary: "Queue a signed webhook.test event for a webhook endpoint",
    auth: "user",
    params,
    success: 202,
    response: webhookDeliverySchema,
    errors: [...change, "404 not_found"],
  },
];
