// The webhook tables (migrations/0010_webhooks.sql, then 0014 and 0015): endpoints, and the deliveries queued for
// them by the `webhook_fan_out` trigger on audit_events. Apart from schema.ts, which holds the rest of the tables.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  DEFAULT_WEBHOOK_FORMAT,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_FORMATS,
  type WebhookEventType,
} from "../../protocol/enums";
import { users } from "./schema";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    /** null: a deployment-wide endpoint, made by an admin, that hears of every account's events. */
    ownerId: text("owner_id").references(() => users.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    url: text("url").notNull(),
    events: text("events", { mode: "json" }).$type<WebhookEventType[]>().notNull(),
    /** The body each delivery carries: the stored JSON payload, or a Slack message written from it (0015). */
    format: text("format", { enum: WEBHOOK_FORMATS }).notNull().default(DEFAULT_WEBHOOK_FORMAT),
    /** The whsec_ signing secret, sealed (webhooks/signing-secret-seal.ts). */
    sealedSecret: text("sealed_secret").notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    disabledReason: text("disabled_reason"),
    /** Deliveries given up in a row (each after a day of retries); reset by any success. */
    failedInARow: integer("failed_in_a_row").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("webhook_endpoints_owner_idx").on(t.ownerId, t.createdAt)],
);
export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;

export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    /** The Standard Webhooks message id (webhook-id), the same on every attempt. */
    id: text("id").primaryKey(),
    endpointId: text("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    /** The audit event it reports; null for a test event. */
    eventId: text("event_id"),
    eventType: text("event_type").$type<WebhookEventType>().notNull(),
    /** The exact body sent (and signed), fixed when queued so every attempt sends the same bytes. */
    payload: text("payload").notNull(),
    status: text("status", { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }),
    lastAttemptAt: integer("last_attempt_at", { mode: "timestamp_ms" }),
    responseStatus: integer("response_status"),
    latencyMs: integer("latency_ms"),
    error: text("error"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_event_idx").on(t.endpointId, t.eventId),
    // An event's deliveries at every endpoint, for account deletion's redaction (migration 0014).
    index("webhook_deliveries_event_only_idx").on(t.eventId),
    index("webhook_deliveries_log_idx").on(t.endpointId, t.createdAt),
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
  ],
);
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
