// Webhook request bodies (docs/protocol.md, Webhooks): which URL, which events, whose. The URL's safety rules
// (https only, no IP literals, ports 443 and 8443) are the Worker's (worker/webhooks/webhook-url.ts): they
// depend on where the deployment runs, so they cannot live in a schema the browser also runs.
import * as z from "zod";
import { DEFAULT_WEBHOOK_FORMAT, WEBHOOK_EVENT_TYPES, WEBHOOK_FORMATS } from "./enums";

export const WEBHOOK_URL_MAX_LENGTH = 2000;
/** Endpoints one account (or the deployment, for admins' deployment-wide ones) may have. */
export const MAX_WEBHOOKS = 20;
/** Scope `deployment`: every event of every account (admins only); `account`: the caller's own resources. */
export const WEBHOOK_SCOPES = ["account", "deployment"] as const;

const webhookUrl = z.string().trim().min(1, "must not be empty").max(WEBHOOK_URL_MAX_LENGTH);
const webhookEvents = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1, "must name at least one event")
  .max(WEBHOOK_EVENT_TYPES.length)
  .refine((events) => new Set(events).size === events.length, "must not repeat an event");

export const createWebhookSchema = z.object({
  url: webhookUrl,
  events: webhookEvents,
  scope: z.enum(WEBHOOK_SCOPES).default("account"),
  format: z.enum(WEBHOOK_FORMATS).default(DEFAULT_WEBHOOK_FORMAT),
});
export type CreateWebhookInput = z.input<typeof createWebhookSchema>;
export type CreateWebhookBody = z.output<typeof createWebhookSchema>;

export const updateWebhookSchema = z
  .object({
    url: webhookUrl.optional(),
    events: webhookEvents.optional(),
    format: z.enum(WEBHOOK_FORMATS).optional(),
    enabled: z.boolean().optional(),
  })
  .refine(
    (body) => Object.values(body).some((value) => value !== undefined),
    "must change url, events, format or enabled",
  );
export type UpdateWebhookBody = z.output<typeof updateWebhookSchema>;

export const webhookDeliveriesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
