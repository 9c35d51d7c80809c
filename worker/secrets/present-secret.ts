import type { Secret } from "../../protocol/api";
import type { SecretRow } from "../db/schema";
import { effectiveStatus } from "../db/secrets";

export function shareUrl(origin: string, id: string): string {
  return `${origin}/s/${id}`;
}

/** The API's `secret` object (PROTOCOL section 3) for one D1 row. */
export function presentSecret(row: SecretRow, origin: string): Secret {
  return {
    id: row.id,
    name: row.name,
    status: effectiveStatus(row),
    url: shareUrl(origin, row.id),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    maxViews: row.maxViews,
    views: row.views,
    viewedAt: row.viewedAt?.toISOString() ?? null,
    passphrase: row.passphrase,
    requireLogin: row.requireLogin,
    recipientEmail: row.recipientEmail,
    notifyOnView: row.notifyOnView,
    groupId: row.groupId,
  };
}
