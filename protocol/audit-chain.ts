// The audit log's hash chain, shared by the Worker (which seals and verifies it, worker/audit/) and the CLI
// (`oncelink audit verify`, which checks an archive offline): hash = SHA-256(prev_hash "\n" canonical event),
// base64url. One implementation, so an archive verifies exactly as the ledger sealed it.
import { encodeBase64Url } from "./base64url";
import { sha256 } from "./envelope";

/** The `prev_hash` of the very first event of a deployment. */
export const GENESIS_HASH = "oncelink-audit-v1";

export interface ChainLink {
  seq: number;
  hash: string;
}

/** Every field of an event the chain covers; `at` in milliseconds since the epoch. */
export interface ChainedEvent {
  seq: number;
  id: string;
  at: number;
  action: string;
  result: string;
  resourceType: string;
  resourceId: string | null;
  resourceName: string | null;
  ownerId: string | null;
  actorId: string | null;
  actorEmail: string | null;
  ip: string | null;
  country: string | null;
  city: string | null;
  device: string | null;
  userAgent: string | null;
  details: Record<string, unknown> | null;
}

/** Every column but the chain's own, in a fixed order, so the same event always hashes the same. */
function canonical(event: ChainedEvent): string {
  return JSON.stringify([
    event.seq,
    event.id,
    event.at,
    event.action,
    event.result,
    event.resourceType,
    event.resourceId,
    event.resourceName,
    event.ownerId,
    event.actorId,
    event.actorEmail,
    event.ip,
    event.country,
    event.city,
    event.device,
    event.userAgent,
    event.details,
  ]);
}

export async function chainHash(prevHash: string, event: ChainedEvent): Promise<string> {
  const bytes = new Uint8Array(new TextEncoder().encode(`${prevHash}\n${canonical(event)}`));
  return encodeBase64Url(await sha256(bytes));
}
