// The responder's routes of secret requests (PROTOCOL 9): no account needed. The peek says who asks, why, and
// the key to encrypt to; never anything about other responses.
import { Hono } from "hono";
import type { RequestPeek, ResponseStored } from "../../protocol/api";
import { createBodyLimit } from "../../protocol/limits";
import { respondSchema } from "../../protocol/request-schemas";
import { resourceIdParams } from "../../protocol/schemas";
import { findRequestWithOwner } from "../db/secret-requests";
import type { AppEnv } from "../env";
import { addressKey } from "../http/client-ip";
import { enforceRateLimit } from "../http/rate-limit";
import { limitBody, valid } from "../http/validate-request";
import { requestStatus } from "../requests/present-request";
import { requestNotFound } from "../requests/request-errors";
import { respondToRequest } from "../requests/respond-to-request";

export const requestPublicRoutes = new Hono<AppEnv>()
  .get("/requests/:id", async (c) => {
    const found = await findRequestWithOwner(c.var.db, requestId(c.req.param("id")));
    if (!found) throw requestNotFound();
    const { request } = found;
    return c.json({
      id: request.id,
      name: request.name,
      note: request.note,
      status: requestStatus(request),
      from: found.email,
      fromVerified: found.verifiedAt !== null,
      publicKey: request.publicKey,
      expiresAt: request.expiresAt.toISOString(),
    } satisfies RequestPeek);
  })
  .post(
    "/requests/:id/responses",
    async (c, next) => {
      const key = c.var.user ? `account:${c.var.user.id}` : `ip:${addressKey(c.req.raw)}`;
      await enforceRateLimit(c.env.CREATE_LIMITER, key, "Too many secrets sent in a minute. Try again shortly.");
      return limitBody(createBodyLimit(c.var.config.MAX_SECRET_BYTES))(c, next);
    },
    valid("json", respondSchema),
    async (c) => {
      const stored = await respondToRequest(c, requestId(c.req.param("id")), c.req.valid("json"));
      return c.json(stored satisfies ResponseStored, 201);
    },
  );

/** An id that is not 22 base64url characters answers as an unknown request does. */
export function requestId(raw: string): string {
  if (!resourceIdParams.safeParse({ id: raw }).success) throw requestNotFound();
  return raw;
}
