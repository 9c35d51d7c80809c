import { Hono } from "hono";
import { validator } from "hono/validator";
import type { CreateSecretResult, RevealResult, SecretPage, SecretPeek } from "../../protocol/api";
import { MESSAGES } from "../../protocol/api";
import { SECRET_ID_PATTERN } from "../../protocol/limits";
import { listSecretsQuery, parseCreateSecret, revealSchema } from "../../protocol/schemas";
import { requestContext } from "../audit/request-context";
import { assertMayUseApp, currentUser, mayUseApp, requireUser } from "../auth/current-user";
import type { Database } from "../db/client";
import {
  effectiveStatus,
  findOwnedSecret,
  findSecretEnding,
  listOwnedSecrets,
  type SecretPageCursor,
} from "../db/secrets";
import type { AppEnv } from "../env";
import { addressKey, clientIp } from "../http/client-ip";
import { ApiError, invalidInput, secretExpired, secretNotFound, unauthenticated } from "../http/errors";
import { readPageCursor, writePageCursor } from "../http/page-cursor";
import { enforceRateLimit } from "../http/rate-limit";
import { describeIssues, limitBody, valid } from "../http/read-json";
import { assertHuman } from "../http/turnstile";
import { createSecret } from "../secrets/create-secret";
import { presentSecret } from "../secrets/present-secret";
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
      // Base64 of the largest ciphertext, plus room for the options around it.
      return limitBody(Math.ceil((c.var.config.MAX_SECRET_BYTES * 4) / 3) + 16 * 1024)(c, next);
    },
    validator("json", (body) => {
      const parsed = parseCreateSecret(body);
      if (!parsed.success) throw invalidInput(describeIssues(parsed.error.issues));
      return parsed.data;
    }),
    async (c) => c.json((await createSecret(c, c.req.valid("json"))) satisfies CreateSecretResult, 201),
  )
  .get("/secrets", requireUser, valid("query", listSecretsQuery), async (c) => {
    const { status, limit, cursor } = c.req.valid("query");
    const owner = currentUser(c).id;
    const rows = await listOwnedSecrets(c.var.db, owner, {
      statuses: status,
      limit: limit + 1,
      after: afterCursor(cursor),
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return c.json({
      items: page.map((row) => presentSecret(row, c.var.origin)),
      nextCursor: rows.length > limit && last ? writePageCursor(last.createdAt.getTime(), last.id) : null,
    } satisfies SecretPage);
  })
  .get("/secrets/:id", async (c) => {
    const id = secretId(c.req.param("id"));
    const outcome = await vaultFor(c.env, id).peek();
    if (outcome.kind !== "active") throw await endedError(c.var.db, id, outcome.kind);
    const { kind: _, kdf, ...rest } = outcome;
    return c.json({
      id,
      status: "active",
      ...rest,
      expiresAt: new Date(outcome.expiresAt).toISOString(),
      passphrase: kdf !== null,
      ...(kdf && { kdf }),
    } satisfies SecretPeek);
  })
  .post("/secrets/:id/reveal", limitBody(4096), valid("json", revealSchema), async (c) => {
    const id = secretId(c.req.param("id"));
    // Per address only: a limit per secret would let anyone with the id lock its recipient out (PROTOCOL
    // 2.1). What must be exact, wrong passphrases from the key's holder, the vault counts itself.
    await enforceRateLimit(
      c.env.REVEAL_LIMITER,
      addressKey(c.req.raw),
      "Too many attempts from this address. Try again in a minute.",
    );
    const { proof, keyProof, turnstileToken } = c.req.valid("json");
    await assertHuman(c.env, turnstileToken, clientIp(c.req.raw));
    const { user } = c.var;
    // An account the sign-up policy does not yet admit (mayUseApp) views as anonymous visitors do.
    const viewer =
      user && mayUseApp(c.var.config, user)
        ? { id: user.id, email: user.email, emailVerified: user.emailVerified }
        : null;
    const proofs = { proof, keyProof: keyProof ?? null };
    const outcome = await vaultFor(c.env, id).reveal(proofs, viewer, requestContext(c.req.raw));
    switch (outcome.kind) {
      case "revealed":
        return c.json({
          ciphertext: outcome.ciphertext,
          viewedAt: new Date(outcome.viewedAt).toISOString(),
          remainingViews: outcome.remainingViews,
        } satisfies RevealResult);
      case "login_required":
        if (user) throw revealNeedsVerifiedEmail();
        throw new ApiError(401, "login_required", "Sign in to view this secret.");
      case "not_recipient":
        throw new ApiError(403, "not_recipient", "This secret was shared with a different account.");
      case "email_unverified":
        throw revealNeedsVerifiedEmail();
      case "invalid_link":
        throw new ApiError(403, "invalid_link", MESSAGES.invalidLink, { attemptsRemaining: outcome.attemptsRemaining });
      case "incorrect_passphrase":
        throw new ApiError(403, "incorrect_passphrase", MESSAGES.incorrectPassphrase, {
          attemptsRemaining: outcome.attemptsRemaining,
        });
      default:
        throw await endedError(c.var.db, id, outcome.kind);
    }
  })
  .delete("/secrets/:id", requireUser, async (c) => {
    const id = secretId(c.req.param("id"));
    // Object-level authorization: someone else's secret answers exactly like one that does not exist.
    const owned = await findOwnedSecret(c.var.db, id, currentUser(c).id);
    if (!owned) throw secretNotFound();
    const outcome = await vaultFor(c.env, id).burn(c.var.user, requestContext(c.req.raw));
    if (outcome.kind !== "burned") throw await endedError(c.var.db, id, outcome.kind);
    return c.body(null, 204);
  });

const revealNeedsVerifiedEmail = () =>
  new ApiError(403, "email_unverified", "Verify your email address to open this secret.");

function secretId(raw: string): string {
  if (!SECRET_ID_PATTERN.test(raw)) throw secretNotFound();
  return raw;
}

/** 404 or 410 for a secret its vault no longer serves; a deleted vault leaves D1 to tell the two apart. */
async function endedError(db: Database, id: string, kind: "absent" | "gone" | "expired"): Promise<ApiError> {
  if (kind === "expired") return secretExpired();
  if (kind === "gone") return secretNotFound();
  const row = await findSecretEnding(db, id);
  return row && effectiveStatus(row) === "expired" ? secretExpired() : secretNotFound();
}

function afterCursor(raw: string | undefined): SecretPageCursor | undefined {
  const cursor = readPageCursor(raw, "string");
  return cursor && { createdAt: cursor.at, id: cursor.tieBreaker };
}
