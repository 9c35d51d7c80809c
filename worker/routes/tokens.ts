import { Hono } from "hono";
import type { ApiToken, ApiTokenList, CreatedApiToken } from "../../protocol/api";
import { SMALL_BODY_LIMIT } from "../../protocol/limits";
import { createTokenSchema, resourceIdParams } from "../../protocol/schemas";
import { type AuditEventInput, commitWithAudit } from "../audit/commit-with-audit";
import { TOKEN_PREFIX } from "../auth/api-tokens";
import { currentUser, requireSession, requireUser } from "../auth/current-user";
import { formatSplitToken, newSplitToken } from "../auth/split-token";
import { deleteOwnedApiToken, findOwnedApiToken, insertApiToken, listApiTokens } from "../db/api-tokens";
import type { ApiTokenRow } from "../db/schema";
import type { AppEnv } from "../env";
import { closeFeedSockets, feedCredential } from "../feed/feed-notice";
import { ApiError } from "../http/errors";
import { limitBody, valid } from "../http/validate-request";

export const tokenRoutes = new Hono<AppEnv>()
  .use("/tokens/*", requireUser)
  .use("/tokens", requireUser)
  // Only a browser session mints or revokes tokens: a token that could mint another would outlive its own
  // revocation through the one it made.
  .post("/tokens", requireSession, limitBody(SMALL_BODY_LIMIT), valid("json", createTokenSchema), async (c) => {
    const token = await newSplitToken();
    const row: ApiTokenRow = {
      id: token.id,
      userId: currentUser(c).id,
      name: c.req.valid("json").name,
      secretHash: token.secretHash,
      createdAt: new Date(),
      lastUsedAt: null,
    };
    await commitWithAudit(c, [insertApiToken(c.var.db, row)], tokenEvent("token_create", row));
    // The only time the token is ever shown: D1 keeps its hash.
    return c.json(
      { ...presentToken(row), token: formatSplitToken(token, TOKEN_PREFIX) } satisfies CreatedApiToken,
      201,
    );
  })
  .get("/tokens", async (c) => {
    const rows = await listApiTokens(c.var.db, currentUser(c).id);
    return c.json({ items: rows.map(presentToken) } satisfies ApiTokenList);
  })
  .delete("/tokens/:id", requireSession, async (c) => {
    // Another account's token answers exactly like a token that does not exist.
    const [id, owner] = [c.req.param("id"), currentUser(c).id];
    const row = resourceIdParams.safeParse({ id }).success && (await findOwnedApiToken(c.var.db, id, owner));
    if (!row) throw new ApiError(404, "not_found", "No such API token.");
    await commitWithAudit(c, [deleteOwnedApiToken(c.var.db, id, owner)], tokenEvent("token_revoke", row));
    c.executionCtx.waitUntil(closeFeedSockets(c.env, owner, [feedCredential("token", id)]));
    return c.body(null, 204);
  });

function tokenEvent(action: "token_create" | "token_revoke", row: ApiTokenRow): AuditEventInput {
  return { action, resourceType: "api_token", resourceId: row.id, resourceName: row.name, ownerId: row.userId };
}

function presentToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}
