// Per-account storage quota: how many secrets may be active at once, and how many ciphertext bytes they
// may hold together. Checked before a create; two creates racing may both pass (the overshoot is one secret).
import type { StorageUsage } from "../../protocol/api";
import type { Config } from "../config";
import type { Database } from "../db/client";
import { activeUsageOf } from "../db/secrets";
import { ApiError } from "../http/errors";

export function quotaOf(config: Config): StorageUsage {
  return { activeSecrets: config.QUOTA_ACTIVE_SECRETS, activeBytes: config.QUOTA_ACTIVE_BYTES };
}

export async function assertWithinQuota(
  db: Database,
  config: Config,
  ownerId: string,
  newBytes: number,
): Promise<void> {
  const quota = quotaOf(config);
  const usage = await activeUsageOf(db, ownerId);
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
