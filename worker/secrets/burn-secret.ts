// Burning a secret on its owner's request: the vault deletes the ciphertext in the same transaction that
// ends the secret (vault/secret-vault.ts `end`), then its outbox tells D1 before the owner's answer.
import type { Context } from "hono";
import { commitWithAudit } from "../audit/commit-with-audit";
import { requestContext } from "../audit/request-context";
import { currentUser } from "../auth/current-user";
import { applyVaultSnapshot, effectiveStatus, findOwnedSecret } from "../db/secrets";
import type { AppEnv } from "../env";
import { noticeChange } from "../feed/feed-notice";
import { secretNotFound } from "../http/errors";
import { vaultFor } from "../vault/vault-for";
import { endedError } from "./ended-error";

export async function burnSecret(c: Context<AppEnv>, id: string): Promise<void> {
  // Object-level authorization: someone else's secret answers exactly like one that does not exist.
  const owned = await findOwnedSecret(c.var.db, id, currentUser(c).id);
  if (!owned) throw secretNotFound();
  const outcome = await vaultFor(c.env, id).burn(c.var.user, requestContext(c.req.raw));
  if (outcome.kind === "burned") return;
  // D1 says active but no vault exists (D1 restored from a backup, vaults are not in it): nothing can open
  // the secret any more, so D1 is told it ended, as the owner asked, instead of listing it until expiry.
  if (outcome.kind === "absent" && effectiveStatus(owned) === "active") {
    const ended = { id, status: "burned" as const, views: owned.views, viewedAt: null, endedAt: Date.now() };
    await commitWithAudit(c, [applyVaultSnapshot(c.var.db, ended)], {
      action: "burn",
      resourceType: "secret",
      resourceId: id,
      resourceName: owned.name,
      ownerId: owned.ownerId,
      details: { reason: "owner", vault: "missing" },
    });
    c.executionCtx.waitUntil(noticeChange(c.env, owned.ownerId));
    return;
  }
  throw await endedError(c.var.db, id, outcome.kind);
}
