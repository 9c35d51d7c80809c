// Revealing a secret: the human check (if the deployment has one), then the secret's own vault decides
// alone, in one transaction, whether this caller gets the ciphertext (PROTOCOL 2.1, exactly once). Here its
// decision becomes the API's answer; the view itself is recorded by the vault (vault/secret-vault.ts).
import type { Context } from "hono";
import type { RevealResult } from "../../protocol/api";
import { MESSAGES } from "../../protocol/api";
import type { RevealBody } from "../../protocol/schemas";
import { requestContext } from "../audit/request-context";
import { mayUseApp } from "../auth/current-user";
import type { AppEnv } from "../env";
import { clientIp } from "../http/client-ip";
import { ApiError, uploadIncomplete } from "../http/errors";
import { assertHuman } from "../http/turnstile";
import { vaultFor } from "../vault/vault-for";
import { endedError } from "./ended-error";

const needsVerifiedEmail = () =>
  new ApiError(403, "email_unverified", "Verify your email address to open this secret.");

export async function revealSecret(c: Context<AppEnv>, id: string, body: RevealBody): Promise<RevealResult> {
  const { proof, keyProof, turnstileToken } = body;
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
      return {
        ciphertext: outcome.ciphertext,
        viewedAt: new Date(outcome.viewedAt).toISOString(),
        remainingViews: outcome.remainingViews,
        ...(outcome.files && { files: { ...outcome.files, until: new Date(outcome.files.until).toISOString() } }),
      };
    case "uploading":
      throw uploadIncomplete();
    case "login_required":
      if (user) throw needsVerifiedEmail();
      throw new ApiError(401, "login_required", "Sign in to view this secret.");
    case "not_recipient":
      throw new ApiError(403, "not_recipient", "This secret was shared with a different account.");
    case "email_unverified":
      throw needsVerifiedEmail();
    case "invalid_link":
      throw new ApiError(403, "invalid_link", MESSAGES.invalidLink, { attemptsRemaining: outcome.attemptsRemaining });
    case "incorrect_passphrase":
      throw new ApiError(403, "incorrect_passphrase", MESSAGES.incorrectPassphrase, {
        attemptsRemaining: outcome.attemptsRemaining,
      });
    default:
      throw await endedError(c.var.db, id, outcome.kind);
  }
}
