// Queries on the secrets table. The Durable Object is the truth about views; these keep D1 in step.
import { and, count, desc, eq, gt, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql, sum } from "drizzle-orm";
import type { StorageUsage } from "../../protocol/api";
import type { SecretStatus } from "../../protocol/enums";
import type { Database } from "./client";
import { insertRowWhere } from "./insert-where";
import { type SecretRow, secrets } from "./schema";

/** What the vault reports after a change; applying it twice, or out of order, leaves the same row. */
export interface VaultSnapshot {
  id: string;
  status: SecretStatus;
  views: number;
  viewedAt: number | null;
  endedAt: number | null;
}

export function applyVaultSnapshot(db: Database, snapshot: VaultSnapshot) {
  return db
    .update(secrets)
    .set({
      views: sql`max(${secrets.views}, ${snapshot.views})`,
      viewedAt:
        snapshot.viewedAt === null
          ? sql`${secrets.viewedAt}`
          : sql`max(coalesce(${secrets.viewedAt}, 0), ${snapshot.viewedAt})`,
      // The vault never goes back to active; a late "active" snapshot must not undo an ending.
      status: snapshot.status === "active" ? sql`${secrets.status}` : snapshot.status,
      endedAt: snapshot.endedAt ? new Date(snapshot.endedAt) : sql`${secrets.endedAt}`,
    })
    .where(eq(secrets.id, snapshot.id));
}

/** The status a reader sees: an active row past its expiry is expired even before the cron marks it. */
export function effectiveStatus(row: Pick<SecretRow, "status" | "expiresAt">, now = new Date()): SecretStatus {
  return row.status === "active" && row.expiresAt <= now ? "expired" : row.status;
}

function statusesFilter(statuses: readonly (SecretStatus | "all")[], now: Date): SQL | undefined {
  if (statuses.includes("all")) return undefined;
  const named = statuses.filter((status): status is SecretStatus => status !== "all");
  return or(...named.map((status) => statusFilter(status, now)));
}

function statusFilter(status: SecretStatus, now: Date): SQL | undefined {
  const pastExpiry = and(eq(secrets.status, "active"), lte(secrets.expiresAt, now));
  switch (status) {
    case "active":
      return and(eq(secrets.status, "active"), gt(secrets.expiresAt, now));
    case "expired":
      return or(eq(secrets.status, "expired"), pastExpiry);
    default:
      return eq(secrets.status, status);
  }
}

/** instr() rather than LIKE: a % or _ in what was typed is searched for as itself. */
function nameFilter(name: string | undefined): SQL | undefined {
  return name ? sql`instr(lower(${secrets.name}), lower(${name})) > 0` : undefined;
}

/** true: only links of secret groups; false: only secrets outside any group; undefined: both. */
function groupedFilter(grouped: boolean | undefined): SQL | undefined {
  if (grouped === undefined) return undefined;
  return grouped ? isNotNull(secrets.groupId) : isNull(secrets.groupId);
}

export interface SecretPageCursor {
  createdAt: number;
  id: string;
}

export async function listOwnedSecrets(
  db: Database,
  ownerId: string,
  options: {
    statuses: readonly (SecretStatus | "all")[];
    limit: number;
    after?: SecretPageCursor;
    name?: string;
    grouped?: boolean;
  },
): Promise<SecretRow[]> {
  const now = new Date();
  const { after } = options;
  const afterCursor = after
    ? or(
        lt(secrets.createdAt, new Date(after.createdAt)),
        and(eq(secrets.createdAt, new Date(after.createdAt)), lt(secrets.id, after.id)),
      )
    : undefined;
  return db
    .select()
    .from(secrets)
    .where(
      and(
        eq(secrets.ownerId, ownerId),
        // Responses to the owner's requests are listed with their request (GET /api/requests).
        isNull(secrets.requestId),
        statusesFilter(options.statuses, now),
        nameFilter(options.name),
        groupedFilter(options.grouped),
        afterCursor,
      ),
    )
    .orderBy(desc(secrets.createdAt), desc(secrets.id))
    .limit(options.limit);
}

/** Marks up to `limit` secrets past their expiry as expired and returns them. */
export async function expireOverdueSecrets(db: Database, now: Date, limit: number) {
  const overdue = db
    .select({ id: secrets.id })
    .from(secrets)
    .where(and(eq(secrets.status, "active"), lte(secrets.expiresAt, now)))
    .limit(limit);
  const rows = await db
    .update(secrets)
    .set({ status: "expired", endedAt: sql`${secrets.expiresAt}` })
    .where(inArray(secrets.id, overdue))
    .returning({ id: secrets.id, name: secrets.name, ownerId: secrets.ownerId, expiresAt: secrets.expiresAt });
  return rows;
}

/** Object-level authorization lives in the query: another account's secret is not found. */
export function findOwnedSecret(db: Database, id: string, ownerId: string): Promise<SecretRow | undefined> {
  return db.query.secrets.findFirst({ where: and(eq(secrets.id, id), eq(secrets.ownerId, ownerId)) });
}

/** What D1 remembers of a secret whose vault is gone: enough to tell "expired" from "not found". */
export function findSecretEnding(db: Database, id: string) {
  return db.query.secrets.findFirst({ where: eq(secrets.id, id), columns: { status: true, expiresAt: true } });
}

function activeOf(ownerId: string, now: Date): SQL | undefined {
  return and(eq(secrets.ownerId, ownerId), eq(secrets.status, "active"), gt(secrets.expiresAt, now));
}

/** Storage in use: an owner's active secrets and their ciphertext bytes (the quota), from an index alone. */
export async function activeUsageOf(db: Database, ownerId: string): Promise<StorageUsage> {
  const [row] = await db
    .select({ activeSecrets: count(), activeBytes: sum(secrets.sizeBytes).mapWith(Number) })
    .from(secrets)
    .where(activeOf(ownerId, new Date()));
  return { activeSecrets: row?.activeSecrets ?? 0, activeBytes: row?.activeBytes ?? 0 };
}

/**
 * The row, if its owner's active secrets with it stay within `quota`: the usage is read and the row written
 * in one statement, so creates racing at the limit cannot both squeeze under it. An anonymous row has no quota.
 */
export function insertSecretWithinQuota(db: Database, row: SecretRow, quota: StorageUsage) {
  const { ownerId } = row;
  if (ownerId === null) return insertRowWhere(db, secrets, row, sql`1`);
  const now = row.createdAt;
  const active = activeOf(ownerId, now);
  const within = sql`(select count(*) from ${secrets} where ${active}) < ${quota.activeSecrets}
    and (select coalesce(sum(${secrets.sizeBytes}), 0) from ${secrets} where ${active}) + ${row.sizeBytes} <= ${quota.activeBytes}`;
  return insertRowWhere(db, secrets, row, within);
}

export function deleteSecretRow(db: Database, id: string) {
  return db.delete(secrets).where(eq(secrets.id, id));
}

/** Every account's usage at once, for the admin's member list. */
export async function activeUsageByOwner(db: Database): Promise<Map<string, StorageUsage>> {
  const rows = await db
    .select({ ownerId: secrets.ownerId, activeSecrets: count(), activeBytes: sum(secrets.sizeBytes).mapWith(Number) })
    .from(secrets)
    .where(and(eq(secrets.status, "active"), gt(secrets.expiresAt, new Date())))
    .groupBy(secrets.ownerId);
  return new Map(
    rows.map((row) => [row.ownerId ?? "", { activeSecrets: row.activeSecrets, activeBytes: row.activeBytes }]),
  );
}

/** How many of an owner's secrets are in each status as a reader sees it (expiry applied), from one index. */
export async function countOwnedByStatus(
  db: Database,
  ownerId: string,
  grouped?: boolean,
): Promise<Record<SecretStatus, number>> {
  const now = new Date();
  const status = sql<SecretStatus>`case when ${secrets.status} = 'active' and ${secrets.expiresAt} <= ${now.getTime()} then 'expired' else ${secrets.status} end`;
  const rows = await db
    .select({ status, total: count() })
    .from(secrets)
    .where(and(eq(secrets.ownerId, ownerId), isNull(secrets.requestId), groupedFilter(grouped)))
    .groupBy(status);
  const counts: Record<SecretStatus, number> = { active: 0, viewed: 0, expired: 0, burned: 0 };
  for (const row of rows) if (row.status in counts) counts[row.status] += row.total;
  return counts;
}
