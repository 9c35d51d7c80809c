import type { Database } from "../db/client";
import { effectiveStatus, findSecretEnding } from "../db/secrets";
import { type ApiError, secretExpired, secretNotFound } from "../http/errors";

/** 404 or 410 for a secret its vault no longer serves; a deleted vault leaves D1 to tell the two apart. */
export async function endedError(db: Database, id: string, kind: "absent" | "gone" | "expired"): Promise<ApiError> {
  if (kind === "expired") return secretExpired();
  if (kind === "gone") return secretNotFound();
  const row = await findSecretEnding(db, id);
  return row && effectiveStatus(row) === "expired" ? secretExpired() : secretNotFound();
}
