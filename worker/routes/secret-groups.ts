// Secret groups: one secret for many recipients, one link (one secret, one vault) each (docs/protocol.md 8.2).
import { Hono } from "hono";
import type { SecretGroup, SecretGroupPage, SecretGroupResult } from "../../protocol/api";
import { createSecretGroupSchema, listSecretGroupsQuery } from "../../protocol/group-schemas";
import { createBodyLimit } from "../../protocol/limits";
import { resourceIdParams } from "../../protocol/schemas";
import { currentUser, requireUser } from "../auth/current-user";
import type { Database } from "../db/client";
import type { SecretGroupRow } from "../db/schema";
import { findOwnedGroup, linksOfGroups, listOwnedGroups } from "../db/secret-groups";
import { recentViewsOf } from "../db/secret-views";
import type { AppEnv } from "../env";
import { readPageCursor, writePageCursor } from "../http/page-cursor";
import { enforceRateLimit } from "../http/rate-limit";
import { limitBody, valid } from "../http/validate-request";
import { burnSecretGroup, groupNotFound } from "../secrets/burn-secret-group";
import { createSecretGroup } from "../secrets/create-secret-group";
import { presentSecret } from "../secrets/present-secret";

export const secretGroupRoutes = new Hono<AppEnv>()
  .post(
    "/secret-groups",
    requireUser,
    (c, next) => limitBody(createBodyLimit(c.var.config.MAX_SECRET_BYTES))(c, next),
    valid("json", createSecretGroupSchema),
    async (c) => {
      const body = c.req.valid("json");
      // N links are N secrets created: each one counts against the per-minute limit, as N single creates would.
      const key = `account:${currentUser(c).id}`;
      const message = `Too many secrets created in a minute for a group of ${body.links.length}. Try again shortly.`;
      await Promise.all(body.links.map(() => enforceRateLimit(c.env.CREATE_LIMITER, key, message)));
      return c.json((await createSecretGroup(c, body)) satisfies SecretGroupResult, 201);
    },
  )
  .get("/secret-groups", requireUser, valid("query", listSecretGroupsQuery), async (c) => {
    const { limit, cursor } = c.req.valid("query");
    const owner = currentUser(c).id;
    const after = readPageCursor(cursor, "string");
    const rows = await listOwnedGroups(c.var.db, owner, {
      limit: limit + 1,
      after: after && { createdAt: after.at, id: after.tieBreaker },
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return c.json({
      items: await presentGroups(c.var.db, owner, page, c.var.origin),
      nextCursor: rows.length > limit && last ? writePageCursor(last.createdAt.getTime(), last.id) : null,
    } satisfies SecretGroupPage);
  })
  .get("/secret-groups/:id", requireUser, async (c) => {
    const owner = currentUser(c).id;
    const id = c.req.param("id");
    const group = resourceIdParams.safeParse({ id }).success ? await findOwnedGroup(c.var.db, id, owner) : undefined;
    if (!group) throw groupNotFound();
    const [presented] = await presentGroups(c.var.db, owner, [group], c.var.origin);
    return c.json({ group: presented } as SecretGroupResult);
  })
  .delete("/secret-groups/:id", requireUser, async (c) => {
    const id = c.req.param("id");
    if (!resourceIdParams.safeParse({ id }).success) throw groupNotFound();
    await burnSecretGroup(c, id);
    return c.body(null, 204);
  });

/** Each group with its links in order, each link with who viewed it (the dashboard's receipt per recipient). */
async function presentGroups(db: Database, owner: string, groups: SecretGroupRow[], origin: string) {
  const links = await linksOfGroups(
    db,
    owner,
    groups.map((group) => group.id),
  );
  const views = await recentViewsOf(
    db,
    owner,
    links.filter((row) => row.views > 0).map((row) => row.id),
  );
  return groups.map(
    (group): SecretGroup => ({
      id: group.id,
      name: group.name,
      createdAt: group.createdAt.toISOString(),
      expiresAt: group.expiresAt.toISOString(),
      links: links
        .filter((row) => row.groupId === group.id)
        .map((row) => ({ ...presentSecret(row, origin), recentViews: views.get(row.id) ?? [] })),
    }),
  );
}
