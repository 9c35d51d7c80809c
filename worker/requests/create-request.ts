// Creating a secret request: the requester's public key and the request's terms go to D1 with their audit
// event in one batch. The private key never reaches the server (PROTOCOL 9).
import type { Context } from "hono";
import type { RequestResult } from "../../protocol/api";
import { encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { importRequestPublicKey } from "../../protocol/request-crypto";
import type { CreateRequestBody } from "../../protocol/request-schemas";
import { commitWithAudit } from "../audit/commit-with-audit";
import { currentUser } from "../auth/current-user";
import type { SecretRequestRow } from "../db/schema";
import { insertRequest } from "../db/secret-requests";
import type { AppEnv } from "../env";
import { invalidInput } from "../http/errors";
import { presentRequest } from "./present-request";

export async function createRequest(c: Context<AppEnv>, body: CreateRequestBody): Promise<RequestResult> {
  await assertPoint(body.publicKey, "publicKey");
  const owner = currentUser(c);
  const row = newRequestRow(owner.id, body);
  await commitWithAudit(c, [insertRequest(c.var.db, row)], {
    action: "request_create",
    resourceType: "secret_request",
    resourceId: row.id,
    resourceName: row.name,
    ownerId: owner.id,
    details: { expiresIn: body.expiresIn, maxResponses: body.maxResponses, note: row.note !== null },
  });
  return { request: presentRequest(row, c.var.origin) };
}

/** The D1 row of a new open request (also made by a Slack request's finishing, slack/finish-slack-request.ts). */
export function newRequestRow(ownerId: string, body: CreateRequestBody, now = new Date()): SecretRequestRow {
  return {
    id: encodeBase64Url(randomBytes(16)),
    ownerId,
    name: body.name,
    note: body.note || null,
    publicKey: body.publicKey,
    status: "open",
    createdAt: now,
    expiresAt: new Date(now.getTime() + body.expiresIn * 1000),
    expiresIn: body.expiresIn,
    maxResponses: body.maxResponses,
    responseCount: 0,
    notifyOnResponse: body.notifyOnResponse,
    closedAt: null,
  };
}

/** A key that is 65 bytes but not a point on P-256 could never be answered: refused now, naming the field. */
export async function assertPoint(publicKey: string, field: string): Promise<void> {
  try {
    await importRequestPublicKey(publicKey);
  } catch {
    throw invalidInput(`${field}: is not an uncompressed P-256 public key`);
  }
}
