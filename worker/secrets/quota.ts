// Per-account storage quota: how many secrets may be active at once, and how many ciphertext bytes they
// may hold together. The check is part of the create's own insert (insertSecretWithinQuota), so it costs
// no round trip of its own and creates racing at the limit never pass it together.
import type { StorageUsage } from "../../protocol/api";
import type { Config } from "../config";
import { ApiError } from "../http/errors";

export function quotaOf(config: Config): StorageUsage {
  return { activeSecrets: config.QUOTA_ACTIVE_SECRETS, activeBytes: config.QUOTA_ACTIVE_BYTES };
}

/** The refusal of a create of `newBytes` that `usage` (without it) left no room for, naming the limit hit. */
export function quotaExceeded(usage: StorageUsage, quota: StorageUsage, newBytes: number): ApiError {
  if (usage.activeSecrets + 1 > quota.activeSecrets) {
    return new ApiError(
      403,
      "quota_exceeded",
      `You have ${usage.activeSecrets} active secrets, the most this deployment allows (${quota.activeSecrets}). Burn some or let them expire.`,
    );
  }
  return new ApiError(
    403,
    "quota_exceeded",
    `Your active secrets would hold ${usage.activeBytes + newBytes} bytes, over this deployment's limit of ${quota.activeBytes} bytes per account.`,
  );
}
