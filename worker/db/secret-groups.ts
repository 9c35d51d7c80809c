// Queries on secret groups: a group row and its links (secrets rows with its group_id), always by owner.
import { and, asc, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { StorageUsage } from "../../protocol/api";
import type { Database } from "./client";
import { insertRowWhere } from "./insert-where";
import { type SecretGroupRow, type SecretRow, secretGroups, secrets } from "./schema";

/**
 * The group row, if its owner's active secrets with all `links` new ones stay within `quota`: one statement,
 * so creates racing at the limit cannot both squeeze under it (the group's N secrets count as N).
 */
export function insertGroupWithinQuota(db: Database, group: SecretGroupRow, totalBytes: number, quota: StorageUsage) {
  const now = group.createdAt;
  const active = and(
    eq(secrets.ownerId, group.ownerId),
    eq(secrets.status, "active"),
    sql`${secrets.expiresAt} > ${now.getTime()}`,
  );
  const within = sql`(select count(*) from ${secrets} where ${active}) + ${group.links} <= ${quota.activeSecrets}
    and (select coalesce(sum(${secrets.sizeBytes}), 0) from ${secrets} where ${active}) + ${totalBytes} <= ${quota.activeBytes}`;
  return insertRowWhere(db, secretGroups, group, within);
}

/** True in SQL once the group row exists: each link's row and audit event land only with it. */
export function groupLanded(groupId: string) {
  return sql`exists (select 1 from ${secretGroups} where ${eq(secretGroups.id, groupId)})`;
}

export function insertGroupLink(db: Database, row: SecretRow) {
  return insertRowWhere(db, secrets, row, groupLanded(row.groupId ?? ""));
}

/** Undoes a group whose vaults could not all be filled: its links first (they reference it), then the group. */
export function deleteGroupRows(db: Database, groupId: string) {
  return [
    db.delete(secrets).where(eq(secrets.groupId, groupId)),
    db.delete(secretGroups).where(eq(secretGroups.id, groupId)),
  ] as const;
}

/** Object-level authorization lives in the query: another account's group is not found. */
export function findOwnedGroup(db: Database, id: string, ownerId: string): Promise<SecretGroupRow | undefined> {
  return db.query.secretGroups.findFirst({ where: and(eq(secretGroups.id, id), eq(secretGroups.ownerId, ownerId)) });
}

export function listOwnedGroups(
  db: Database,
  ownerId: string,
  options: { limit: number; after?: { createdAt: number; id: string } },
): Promise<SecretGroupRow[]> {
  const { after } = options;
  const afterCursor = after
    ? or(
        lt(secretGroups.createdAt, new Date(after.createdAt)),
        and(eq(secretGroups.createdAt, new Date(after.createdAt)), lt(secretGroups.id, after.id)),
      )
    : undefined;
  return db
    .select()
    .from(secretGroups)
    .where(and(eq(secretGroups.ownerId, ownerId), afterCursor))
    .orderBy(desc(secretGroups.createdAt), desc(secretGroups.id))
    .limit(options.limit);
}

/** The links of these groups, in the order they were created (their created_at steps by a millisecond). */
export function linksOfGroups(db: Database, ownerId: string, groupIds: string[]): Promise<SecretRow[]> {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(secrets)
    .where(and(eq(secrets.ownerId, ownerId), inArray(secrets.groupId, groupIds)))
    .orderBy(asc(secrets.createdAt), asc(secrets.id));
}
