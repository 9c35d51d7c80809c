// Per-account storage quota: how many secrets may be active at once, and how many ciphertext bytes they
// may hold together. Checked before a create; two creates racing may both pass (the overshoot is one secret).
import { and, count, eq, gt, sum } from "drizzle-orm";
import type { StorageUsage } from "../../protocol/api";
import type { Database } from "../db/client";
import { secrets } from "../db/schema";
import { ApiError } from "../http/errors";

export function quotaOf(env: Env): StorageUsage {
  return {
    activeSecrets: Number(env.QUOTA_ACTIVE_SECRETS) || 1000,
    activeBytes: Number(env.QUOTA_ACTIVE_BYTES) || 104_857_600,
  };
}

export async function usageOf(db: Database, ownerId: string): Promise<StorageUsage> {
  const [row] = await db
    .select({ activeSecrets: count(), activeBytes: sum(secrets.sizeBytes).mapWith(Number) })
    .from(secrets)
    .where(and(eq(secrets.ownerId, ownerId), eq(secrets.status, "active"), gt(secrets.expiresAt, new Date())));
  return { activeSecrets: row?.activeSecrets ?? 0, activeBytes: row?.activeBytes ?? 0 };
}

/** Every account's usage at once, for the admin's member list. */
export async function usageByOwner(db: Database): Promise<Map<string, StorageUsage>> {
  const rows = await db
    .select({ ownerId: secrets.ownerId, activeSecrets: count(), activeBytes: sum(secrets.sizeBytes).mapWith(Number) })
    .from(secrets)
    .where(and(eq(secrets.status, "active"), gt(secrets.expiresAt, new Date())))
    .groupBy(secrets.ownerId);
  return new Map(
    rows.map((row) => [row.ownerId ?? "", { activeSecrets: row.activeSecrets, activeBytes: row.activeBytes }]),
  );
}

export async function assertWithinQuota(db: Database, env: Env, ownerId: string, newBytes: number): Promise<void> {
  const quota = quotaOf(env);
  const usage = await usageOf(db, ownerId);
  if (usage.activeSecrets + 1 > quota.activeSecrets) {
    throw new ApiError(
      403,
      "quota_exceeded",
      `You have ${usage.activeSecrets} active secrets, the most this deployment allows (${quota.activeSecrets}). Burn some or let them expire.`,
    );
  }
  if (usage.activeBytes + newBytes > quota.activeBytes) {
    throw new ApiError(
      403,
      "quota_exceeded",
      `Your active secrets would hold ${usage.activeBytes + newBytes} bytes, over this deployment's limit of ${quota.activeBytes} bytes per account.`,
    );
  }
}
