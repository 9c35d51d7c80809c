import { Hono } from "hono";
import { validator } from "hono/validator";
import type { CreateSecretResult, RevealResult, SecretPage, SecretPeek } from "../../protocol/api";
import { createBodyLimit, SMALL_BODY_LIMIT } from "../../protocol/limits";
import { listSecretsQuery, parseCreateSecret, resourceIdParams, revealSchema } from "../../protocol/schemas";
import { assertMayUseApp, currentUser, requireUser } from "../auth/current-user";
import { recentViewsOf } from "../db/secret-views";
import { countOwnedByStatus, listOwnedSecrets, type SecretPageCursor } from "../db/secrets";
import type { AppEnv } from "../env";
import { addressKey } from "../http/client-ip";
import { invalidInput, secretNotFound, unauthenticated, uploadIncomplete } from "../http/errors";
import { readPageCursor, writePageCursor } from "../http/page-cursor";
import { enforceRateLimit } from "../http/rate-limit";
import { describeIssues, limitBody, valid } from "../http/validate-request";
import { burnSecret } from "../secrets/burn-secret";
import { createSecret } from "../secrets/create-secret";
import { endedError } from "../secrets/ended-error";
import { presentSecret } from "../secrets/present-secret";
import { revealSecret } from "../secrets/reveal-secret";
import { vaultFor } from "../vault/vault-for";

export const secretRoutes = new Hono<AppEnv>()
  .post(
    "/secrets",
    async (c, next) => {
      if (!c.var.user && !c.var.config.ALLOW_ANONYMOUS_CREATE) throw unauthenticated();
      // Anonymous creation aside, this is requireUser's gate: a signed-in account must be one the policy admits.
      if (c.var.user) assertMayUseApp(c.var.config, c.var.user);
      const creator = c.var.user ? `account:${c.var.user.id}` : `ip:${addressKey(c.req.raw)}`;
      await enforceRateLimit(c.env.CREATE_LIMITER, creator, "Too many secrets created in a minute. Try again shortly.");
      return limitBody(createBodyLimit(c.var.config.MAX_SECRET_BYTES))(c, next);
    },
    validator("json", (body) => {
      const parsed = parseCreateSecret(body);
      if (!parsed.success) throw invalidInput(describeIssues(parsed.error.issues));
      return parsed.data;
    }),
    async (c) => c.json((await createSecret(c, c.req.valid("json"))) satisfies CreateSecretResult, 201),
  )
  .get("/secrets", requireUser, valid("query", listSecretsQuery), async (c) => {
    const { status, limit, cursor, q, grouped: groupedText } = c.req.valid("query");
    const owner = currentUser(c).id;
    const grouped = groupedText === undefined ? undefined : groupedText === "true";
    const rows = await listOwnedSecrets(c.var.db, owner, {
      statuses: status,
      limit: limit + 1,
      after: afterCursor(cursor),
      name: q,
      grouped,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const [views, counts] = await Promise.all([
      recentViewsOf(
        c.var.db,
        owner,
        page.filter((row) => row.views > 0).map((row) => row.id),
      ),
      countOwnedByStatus(c.var.db, owner, grouped),
    ]);
    return c.json({
      items: page.map((row) => ({ ...presentSecret(row, c.var.origin), recentViews: views.get(row.id) ?? [] })),
      nextCursor: rows.length > limit && last ? writePageCursor(last.createdAt.getTime(), last.id) : null,
      counts,
    } satisfies SecretPage);
  })
  .get("/secrets/:id", async (c) => {
    const id = secretId(c.req.param("id"));
    const outcome = await vaultFor(c.env, id).peek();
    if (outcome.kind === "uploading") throw uploadIncomplete();
    if (outcome.kind !== "active") throw await endedError(c.var.db, id, outcome.kind);
    const { kind: _, kdf, sender, fileBytes, ...rest } = outcome;
    return c.json({
      id,
      status: "active",
      ...rest,
      expiresAt: new Date(outcome.expiresAt).toISOString(),
      passphrase: kdf !== null,
      ...(kdf && { kdf }),
      from: sender,
      ...(fileBytes !== null && { fileBytes }),
    } satisfies SecretPeek);
  })
  .post("/secrets/:id/reveal", limitBody(SMALL_BODY_LIMIT), valid("json", revealSchema), async (c) => {
    const id = secretId(c.req.param("id"));
    // Per address only: a limit per secret would let anyone with the id lock its recipient out (PROTOCOL
    // 2.1). What must be exact, wrong passphrases from the key's holder, the vault counts itself.
    await enforceRateLimit(
      c.env.REVEAL_LIMITER,
      addressKey(c.req.raw),
      "Too many attempts from this address. Try again in a minute.",
    );
    return c.json((await revealSecret(c, id, c.req.valid("json"))) satisfies RevealResult);
  })
  .delete("/secrets/:id", requireUser, async (c) => {
    const id = secretId(c.req.param("id"));
    // Object-level authorization: someone else's secret answers exactly like one that does not exist.
    await burnSecret(c, id);
    return c.body(null, 204);
  });

function secretId(raw: string): string {
  if (!resourceIdParams.safeParse({ id: raw }).success) throw secretNotFound();
  return raw;
}

function afterCursor(raw: string | undefined): SecretPageCursor | undefined {
  const cursor = readPageCursor(raw, "string");
  return cursor && { createdAt: cursor.at, id: cursor.tieBreaker };
}
