// Queries on the webhook tables. Object-level authorization lives in the queries: an endpoint is found only
// for its owner, or (a deployment-wide one) for an admin.
import { and, asc, desc, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { User } from "../../protocol/api";
import type { Database } from "./client";
import {
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  webhookDeliveries,
  webhookEndpoints,
} from "./webhook-schema";

/** What `viewer` may manage: their own endpoints, and for an admin the deployment-wide ones too. */
function manageable(viewer: User) {
  return viewer.role === "admin"
    ? or(eq(webhookEndpoints.ownerId, viewer.id), isNull(webhookEndpoints.ownerId))
    : eq(webhookEndpoints.ownerId, viewer.id);
}

export function listWebhooks(db: Database, viewer: User): Promise<WebhookEndpointRow[]> {
  return db.select().from(webhookEndpoints).where(manageable(viewer)).orderBy(desc(webhookEndpoints.createdAt));
}

export async function findManageableWebhook(db: Database, id: string, viewer: User) {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), manageable(viewer)));
  return row;
}

export async function countWebhooks(db: Database, ownerId: string | null): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(webhookEndpoints)
    .where(ownerId === null ? isNull(webhookEndpoints.ownerId) : eq(webhookEndpoints.ownerId, ownerId));
  return row?.n ?? 0;
}

export function insertWebhook(db: Database, row: WebhookEndpointRow) {
  return db.insert(webhookEndpoints).values(row);
}

export function updateWebhook(db: Database, id: string, changes: Partial<WebhookEndpointRow>) {
  return db
    .update(webhookEndpoints)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(webhookEndpoints.id, id));
}

export function deleteWebhook(db: Database, id: string) {
  return db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id));
}

export async function findWebhook(db: Database, id: string): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row;
}

export function recentDeliveries(db: Database, endpointId: string, limit: number): Promise<WebhookDeliveryRow[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
}

export function insertDelivery(
  db: Database,
  row: Pick<WebhookDeliveryRow, "id" | "endpointId" | "eventType" | "payload">,
) {
  return db.insert(webhookDeliveries).values({ ...row, eventId: null, nextAttemptAt: new Date() });
}

/** The endpoint's deliveries due now, oldest first; for a disabled endpoint only its test events go out. */
export function dueDeliveries(db: Database, endpointId: string, onlyTests: boolean, now: number, limit: number) {
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpointId),
        eq(webhookDeliveries.status, "pending"),
        lte(webhookDeliveries.nextAttemptAt, new Date(now)),
        onlyTests ? eq(webhookDeliveries.eventType, "webhook.test") : undefined,
      ),
    )
    .orderBy(asc(webhookDeliveries.createdAt))
    .limit(limit);
}

/** When the endpoint's next pending delivery is due (for its sender's alarm); null when none waits. */
export async function nextDueAt(db: Database, endpointId: string, onlyTests: boolean): Promise<number | null> {
  const [row] = await db
    .select({ at: sql<number | null>`min(${webhookDeliveries.nextAttemptAt})` })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpointId),
        eq(webhookDeliveries.status, "pending"),
        onlyTests ? eq(webhookDeliveries.eventType, "webhook.test") : undefined,
      ),
    );
  return row?.at ?? null;
}

/** Endpoints with a delivery due by `now`: their senders are woken (after a seal pass, and by the cron). */
export async function endpointsWithDueDeliveries(db: Database, now: number, limit: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: webhookDeliveries.endpointId })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, new Date(now))))
    .limit(limit);
  return rows.map((row) => row.id);
}

export function recordAttempt(db: Database, id: string, changes: Partial<WebhookDeliveryRow>) {
  return db
    .update(webhookDeliveries)
    .set({ ...changes, attempts: sql`${webhookDeliveries.attempts} + 1` })
    .where(eq(webhookDeliveries.id, id));
}

/** One more delivery given up in a row; answers the new count. */
export async function countFailedDelivery(db: Database, endpointId: string): Promise<number> {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ failedInARow: sql`${webhookEndpoints.failedInARow} + 1` })
    .where(eq(webhookEndpoints.id, endpointId))
    .returning({ n: webhookEndpoints.failedInARow });
  return row?.n ?? 0;
}

export function resetFailures(db: Database, endpointId: string) {
  return db.update(webhookEndpoints).set({ failedInARow: 0 }).where(eq(webhookEndpoints.id, endpointId));
}
