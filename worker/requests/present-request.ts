// The API's request objects (PROTOCOL 9) from D1 rows.
import type { RequestResponse, SecretRequest } from "../../protocol/api";
import type { RequestStatus } from "../../protocol/enums";
import type { SecretRequestRow } from "../db/schema";
import type { ResponseWithSecret } from "../db/secret-requests";
import { effectiveStatus } from "../db/secrets";

/** The responder's link, without the key check its fragment carries (PROTOCOL 9). */
export function requestUrl(origin: string, id: string): string {
  return `${origin}/r/${id}`;
}

/** Closed wins over everything; then a full request is answered; then one past its time is expired. */
export function requestStatus(row: SecretRequestRow, now = new Date()): RequestStatus {
  if (row.status === "closed") return "closed";
  if (row.responseCount >= row.maxResponses) return "answered";
  if (row.expiresAt <= now) return "expired";
  return "open";
}

export function presentRequest(row: SecretRequestRow, origin: string): SecretRequest {
  return {
    id: row.id,
    name: row.name,
    note: row.note,
    status: requestStatus(row),
    url: requestUrl(origin, row.id),
    publicKey: row.publicKey,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    maxResponses: row.maxResponses,
    responseCount: row.responseCount,
    notifyOnResponse: row.notifyOnResponse,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

export function presentResponse(row: ResponseWithSecret): RequestResponse {
  return {
    id: row.secretId,
    status: effectiveStatus(row),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    viewedAt: row.viewedAt?.toISOString() ?? null,
    ephemeralKey: row.ephemeralKey,
    responder: {
      email: row.responderEmail,
      ip: row.ip,
      city: row.city,
      country: row.country,
      device: row.device,
    },
  };
}
