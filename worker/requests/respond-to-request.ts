// Answering a secret request (PROTOCOL 9), no account needed. The response becomes a one-time secret of the
// requester's: D1 first decides, in one batch, whether the request still takes it (exactly one of racing
// responders gets the last place), then the response's own vault takes the ciphertext, as any secret's does.
import type { Context } from "hono";
import type { ResponseStored } from "../../protocol/api";
import { decodeBase64Url, encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { ENVELOPE_VERSION, MIN_CIPHERTEXT_BYTES } from "../../protocol/envelope";
import type { RespondBody } from "../../protocol/request-schemas";
import { auditInsertWhere, commitWithAudit } from "../audit/commit-with-audit";
import { requestContext } from "../audit/request-context";
import type { RequestResponseRow, SecretRequestRow, SecretRow } from "../db/schema";
import {
  findOwnedRequest,
  findRequestWithOwner,
  responseLanded,
  storeResponse,
  unstoreResponse,
} from "../db/secret-requests";
import type { AppEnv } from "../env";
import { ApiError, invalidInput } from "../http/errors";
import { vaultFor } from "../vault/vault-for";
import type { NewMail } from "../vault/vault-mail";
import { afterResponseStored } from "./after-response-stored";
import { assertPoint } from "./create-request";
import { requestStatus } from "./present-request";
import { requestNotFound, requestRefusal } from "./request-errors";

export async function respondToRequest(c: Context<AppEnv>, requestId: string, body: RespondBody) {
  const bytes = decodeBase64Url(body.ciphertext);
  if (bytes[0] !== ENVELOPE_VERSION || bytes.length < MIN_CIPHERTEXT_BYTES) {
    throw invalidInput("ciphertext: is not an Oncelink v1 envelope");
  }
  const limit = c.var.config.MAX_SECRET_BYTES;
  if (bytes.length > limit) throw new ApiError(413, "too_large", `The secret is larger than ${limit} bytes.`);
  await assertPoint(body.ephemeralKey, "ephemeralKey");

  const found = await findRequestWithOwner(c.var.db, requestId);
  if (!found) throw requestNotFound();
  const { request } = found;
  const status = requestStatus(request);
  if (status !== "open") throw requestRefusal(status);

  const now = new Date();
  const context = requestContext(c.req.raw);
  const secret: SecretRow = {
    id: encodeBase64Url(randomBytes(16)),
    ownerId: request.ownerId,
    name: request.name,
    status: "active",
    createdAt: now,
    // Kept as long as the request stayed open, from its arrival: a response to a 7-day request waits 7 days.
    expiresAt: new Date(now.getTime() + request.expiresIn * 1000),
    maxViews: 1,
    views: 0,
    viewedAt: null,
    endedAt: null,
    passphrase: false,
    requireLogin: false,
    recipientEmail: null,
    notifyOnView: false,
    sizeBytes: bytes.length,
    requestId,
    groupId: null,
  };
  const { user } = c.var;
  const response: RequestResponseRow = {
    secretId: secret.id,
    requestId,
    ephemeralKey: body.ephemeralKey,
    responderEmail: user?.email ?? null,
    ip: context.ip,
    country: context.country,
    city: context.city,
    device: context.device,
    createdAt: now,
  };
  const event = auditInsertWhere(c, responseLanded(secret.id), {
    action: "request_respond",
    resourceType: "secret_request",
    resourceId: requestId,
    resourceName: request.name,
    ownerId: request.ownerId,
    details: { responseId: secret.id, bytes: bytes.length },
  });
  const [inserted] = await c.var.db.batch([...storeResponse(c.var.db, secret, response), event]);
  if (inserted.meta.changes !== 1) throw await whyRefused(c, request);

  const mail: NewMail | undefined = request.notifyOnResponse
    ? {
        kind: "responded",
        to: found.email,
        notice: {
          requestName: request.name,
          at: now.getTime(),
          responderEmail: response.responderEmail,
          responderVerified: user?.emailVerified ?? false,
          ip: context.ip,
          city: context.city,
          country: context.country,
          device: context.device,
        },
      }
    : undefined;
  try {
    await vaultFor(c.env, secret.id).deposit(
      {
        id: secret.id,
        name: secret.name,
        ownerId: secret.ownerId,
        ciphertext: bytes,
        verifier: body.verifier,
        keyVerifier: null,
        kdf: null,
        expiresAt: secret.expiresAt.getTime(),
        maxViews: 1,
        requireLogin: false,
        onlyFor: null,
        notifyEmail: null,
        origin: c.var.origin,
        sender: null,
      },
      mail,
    );
  } catch (error) {
    // The place goes back to the request, and the log says the response failed.
    await commitWithAudit(c, [...unstoreResponse(c.var.db, secret.id, requestId)], {
      action: "request_respond",
      result: "failure",
      resourceType: "secret_request",
      resourceId: requestId,
      resourceName: request.name,
      ownerId: request.ownerId,
      details: { responseId: secret.id },
    });
    throw error;
  }
  afterResponseStored(c, { request, response });
  return { id: secret.id, createdAt: now.toISOString() } satisfies ResponseStored;
}

/** The batch stored nothing: the request changed since it was read (closed, answered, or its time ran out). */
async function whyRefused(c: Context<AppEnv>, before: SecretRequestRow): Promise<ApiError> {
  const now = await findOwnedRequest(c.var.db, before.id, before.ownerId);
  if (!now) return requestNotFound();
  const status = requestStatus(now);
  return requestRefusal(status === "open" ? "answered" : status);
}
