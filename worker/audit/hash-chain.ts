// The hash chain over audit events: hash = SHA-256(prev_hash || canonical event). Editing, inserting or
// deleting a row breaks a link; the chain's head is also kept outside D1, in the AuditLedger's storage.
import { encodeBase64Url } from "../../protocol/base64url";
import { sha256 } from "../../protocol/envelope";
import type { AuditEventRow } from "../db/schema";

export const GENESIS_HASH = "oncelink-audit-v1";

export interface ChainLink {
  seq: number;
  hash: string;
}

/** Every column but the chain's own, in a fixed order, so the same row always hashes the same. */
function canonical(row: AuditEventRow): string {
  return JSON.stringify([
    row.seq,
    row.id,
    row.at.getTime(),
    row.action,
    row.result,
    row.resourceType,
    row.resourceId,
    row.resourceName,
    row.ownerId,
    row.actorId,
    row.actorEmail,
    row.ip,
    row.country,
    row.city,
    row.device,
    row.userAgent,
    row.details,
  ]);
}

export async function chainHash(prevHash: string, row: AuditEventRow): Promise<string> {
  const bytes = new Uint8Array(new TextEncoder().encode(`${prevHash}\n${canonical(row)}`));
  return encodeBase64Url(await sha256(bytes));
}
