// Who opened an owner's secrets, and from where: the successful view events of the audit log, which the
// vault delivers to D1 in the same batch as the secret's new view count.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { SecretView } from "../../protocol/api";
import type { Database } from "./client";
import { auditEvents } from "./schema";

/** Views listed per secret on the dashboard; the audit log has every one. */
export const VIEWS_PER_SECRET = 10;

/**
 * The latest views of these secrets, newest first, by secret id. `ownerId` is the object-level check: an
 * event of someone else's secret is never read, whatever ids are passed.
 */
export async function recentViewsOf(db: Database, ownerId: string, secretIds: string[]) {
  const views = new Map<string, SecretView[]>();
  if (secretIds.length === 0) return views;
  const ranked = db
    .select({
      secretId: auditEvents.resourceId,
      at: auditEvents.at,
      viewer: auditEvents.actorEmail,
      city: auditEvents.city,
      country: auditEvents.country,
      device: auditEvents.device,
      rank: sql<number>`row_number() over (partition by ${auditEvents.resourceId} order by ${auditEvents.at} desc, ${auditEvents.seq} desc)`.as(
        "rank",
      ),
    })
    .from(auditEvents)
    .where(
      and(
        inArray(auditEvents.resourceId, secretIds),
        eq(auditEvents.resourceType, "secret"),
        eq(auditEvents.ownerId, ownerId),
        eq(auditEvents.action, "view"),
        eq(auditEvents.result, "success"),
      ),
    )
    .as("ranked");
  const rows = await db
    .select()
    .from(ranked)
    .where(sql`${ranked.rank} <= ${VIEWS_PER_SECRET}`)
    .orderBy(desc(ranked.at));
  for (const row of rows) {
    if (!row.secretId) continue;
    const list = views.get(row.secretId) ?? [];
    list.push({
      at: row.at.toISOString(),
      viewer: row.viewer,
      city: row.city,
      country: row.country,
      device: row.device,
    });
    views.set(row.secretId, list);
  }
  return views;
}
