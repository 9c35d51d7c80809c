// Who opened an owner's secrets, and from where: the successful view events of the audit log, which the
// vault delivers to D1 in the same batch as the secret's new view count.
import { and, desc, inArray, sql } from "drizzle-orm";
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
  const ranked = recentViewsQuery(db, ownerId, secretIds).as("ranked");
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

/**
 * The view events of these secrets, ranked newest first per secret: one audit_resource_idx lookup per id
 * (a secret's few events). The unary `+` on the other columns keeps SQLite, which has no statistics, from
 * walking an index of the owner's whole history (audit_owner_at_idx) or of every successful or every view
 * event of the deployment (audit_result_at_idx, audit_action_at_idx) instead.
 */
export function recentViewsQuery(db: Database, ownerId: string, secretIds: string[]) {
  return db
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
        sql`+${auditEvents.resourceType} = ${"secret"}`,
        sql`+${auditEvents.ownerId} = ${ownerId}`,
        sql`+${auditEvents.action} = ${"view"}`,
        sql`+${auditEvents.result} = ${"success"}`,
      ),
    );
}
