// The requester's routes of secret requests (PROTOCOL 9): create, list with responses, close.
import { Hono } from "hono";
import type { RequestPage, RequestResult } from "../../protocol/api";
import { REQUEST_BODY_LIMIT } from "../../protocol/limits";
import { createRequestSchema, listRequestsQuery } from "../../protocol/request-schemas";
import { commitWithAudit } from "../audit/commit-with-audit";
import { currentUser, requireUser } from "../auth/current-user";
import { closeOwnedRequest, findOwnedRequest, listOwnedRequests, responsesOf } from "../db/secret-requests";
import type { AppEnv } from "../env";
import { readPageCursor, writePageCursor } from "../http/page-cursor";
import { enforceRateLimit } from "../http/rate-limit";
import { limitBody, valid } from "../http/validate-request";
import { createRequest } from "../requests/create-request";
import { presentRequest, presentResponse, requestStatus } from "../requests/present-request";
import { requestNotFound, requestRefusal } from "../requests/request-errors";
import { requestId, requestPublicRoutes } from "./requests-public";

export const requestRoutes = new Hono<AppEnv>()
  .route("/", requestPublicRoutes)
  .post("/requests", requireUser, limitBody(REQUEST_BODY_LIMIT), valid("json", createRequestSchema), async (c) => {
    // Counted once the body is valid: what the limit guards is requests made, not typing mistakes.
    const key = `account:${currentUser(c).id}`;
    await enforceRateLimit(c.env.CREATE_LIMITER, key, "Too many requests created in a minute. Try again shortly.");
    return c.json((await createRequest(c, c.req.valid("json"))) satisfies RequestResult, 201);
  })
  .get("/requests", requireUser, valid("query", listRequestsQuery), async (c) => {
    const { limit, cursor } = c.req.valid("query");
    const owner = currentUser(c).id;
    const parsed = readPageCursor(cursor, "string");
    const after = parsed && { createdAt: parsed.at, id: parsed.tieBreaker };
    const rows = await listOwnedRequests(c.var.db, owner, { limit: limit + 1, after });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const responses = await responsesOf(
      c.var.db,
      page.map((row) => row.id),
    );
    return c.json({
      items: page.map((row) => ({
        ...presentRequest(row, c.var.origin),
        responses: (responses.get(row.id) ?? []).map(presentResponse),
      })),
      nextCursor: rows.length > limit && last ? writePageCursor(last.createdAt.getTime(), last.id) : null,
    } satisfies RequestPage);
  })
  .post("/requests/:id/close", requireUser, async (c) => {
    const id = requestId(c.req.param("id"));
    const owner = currentUser(c).id;
    const [closed] = await closeOwnedRequest(c.var.db, id, owner, new Date());
    if (!closed) {
      // Nothing changed: say why. Another account's request answers as a missing one does.
      const row = await findOwnedRequest(c.var.db, id, owner);
      if (!row) throw requestNotFound();
      const status = requestStatus(row);
      throw requestRefusal(status === "expired" ? "expired" : "closed");
    }
    await commitWithAudit(c, [], {
      action: "request_close",
      resourceType: "secret_request",
      resourceId: id,
      resourceName: closed.name,
      ownerId: owner,
      details: { responses: closed.responseCount },
    });
    return c.json({ request: presentRequest(closed, c.var.origin) } satisfies RequestResult);
  });
