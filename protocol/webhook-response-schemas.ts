// Webhook answers (docs/api.md, Webhooks): an endpoint never shows its signing secret, except in the one
// answer that made it (create, rotate).
import * as z from "zod";
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES, WEBHOOK_FORMATS } from "./enums";
import { count, id, time } from "./schema-atoms";
import { WEBHOOK_SCOPES } from "./webhook-schemas";

export const webhookEndpointSchema = z.object({
  id,
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  scope: z.enum(WEBHOOK_SCOPES),
  format: z.enum(WEBHOOK_FORMATS).meta({ description: "standard: Standard Webhooks JSON; slack: a Slack message" }),
  enabled: z.boolean(),
  /** Why the endpoint stopped: set when it was disabled for failing (not when its owner turned it off). */
  disabledReason: z.string().nullable(),
  createdAt: time,
  updatedAt: time,
});

export const webhookListSchema = z.object({ items: z.array(webhookEndpointSchema) });

/** POST /api/webhooks and POST /api/webhooks/:id/rotate: the only answers that carry the signing secret. */
export const createdWebhookSchema = webhookEndpointSchema.extend({
  secret: z
    .string()
    .meta({ description: "Standard Webhooks signing secret, whsec_<base64>; shown only in this answer" }),
});

export const webhookDeliverySchema = z.object({
  id: z.string().meta({ description: "The webhook-id header: the same on every attempt", examples: ["msg_2b9f..."] }),
  eventType: z.enum(WEBHOOK_EVENT_TYPES),
  /** The audit event it reports; null for a test event. */
  eventId: z.string().nullable(),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: count,
  /** The last attempt's HTTP status; null when it got no answer (timeout, refused connection). */
  responseStatus: z.number().int().nullable(),
  latencyMs: count.nullable(),
  /** Why the last attempt failed, in a few words; null after a success. */
  error: z.string().nullable(),
  createdAt: time,
  lastAttemptAt: time.nullable(),
  nextAttemptAt: time.nullable(),
});

export const webhookDeliveryListSchema = z.object({ items: z.array(webhookDeliverySchema) });
