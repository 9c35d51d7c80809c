// Managing an account's passkeys and recovery codes (the Account page). Signing in with them is in
// routes/passkey-sign-in.ts.
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import type { Context } from "hono";
import { Hono } from "hono";
import type { Passkey, PasskeyAdded, PasskeyList, RecoveryCodesResult } from "../../protocol/api";
import { SMALL_BODY_LIMIT, WEBAUTHN_BODY_LIMIT } from "../../protocol/limits";
import { addPasskeySchema, passkeyParamsSchema } from "../../protocol/schemas";
import { accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { createSession, deleteSession } from "../auth/sessions";
import {
  countUnusedRecoveryCodes,
  deletePasskey,
  deleteRecoveryCodesOf,
  insertPasskey,
  insertRecoveryCodes,
  listPasskeysOf,
} from "../db/passkeys";
import type { PasskeyRow } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { limitBody, valid } from "../http/validate-request";
import { newRecoveryCodes } from "../passkeys/recovery-codes";
import { registrationOptions, verifyRegistration } from "../passkeys/relying-party";
import { assertFreshSignIn, passkeyOwner, requirePasskeyOwner } from "../passkeys/second-factor";

function presentPasskey(row: PasskeyRow): Passkey {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

/** New recovery codes replace all old ones, in one batch with whatever else the caller commits. */
async function replaceRecoveryCodes(c: Context<AppEnv>, userId: string) {
  const { codes, hashes } = await newRecoveryCodes();
  return {
    codes,
    statements: [deleteRecoveryCodesOf(c.var.db, userId), insertRecoveryCodes(c.var.db, userId, hashes)],
  };
}

export const passkeyRoutes = new Hono<AppEnv>()
  .post("/auth/passkeys/register/options", requirePasskeyOwner, async (c) =>
    c.json(await registrationOptions(c, passkeyOwner(c))),
  )
  .post(
    "/auth/passkeys",
    requirePasskeyOwner,
    limitBody(WEBAUTHN_BODY_LIMIT),
    valid("json", addPasskeySchema),
    async (c) => {
      const user = passkeyOwner(c);
      const { name, response } = c.req.valid("json");
      const credential = await verifyRegistration(c, user, response);
      const { db } = c.var;
      const row = {
        id: credential.id,
        userId: user.id,
        name,
        publicKey: isoBase64URL.fromBuffer(credential.publicKey),
        counter: credential.counter,
        transports: response.response.transports ?? [],
      };
      // The first second factor comes with recovery codes, for the day the authenticator is lost.
      const fresh = (await countUnusedRecoveryCodes(db, user.id)) === 0 ? await replaceRecoveryCodes(c, user.id) : null;
      await commitWithAudit(c, [insertPasskey(db, row), ...(fresh?.statements ?? [])], {
        ...accountEvent("passkey_add", user),
        actor: user,
        details: { passkeyId: credential.id, name, recoveryCodesCreated: fresh !== null },
      });
      if (c.var.pending?.step === "enroll") {
        // REQUIRE_MFA: the password step plus a new passkey completes the sign-in; a new session begins.
        await deleteSession(c);
        await createSession(c, user.id);
        await commitWithAudit(c, [], {
          ...accountEvent("login", user),
          actor: user,
          details: { method: "password", secondFactor: "passkey", enrolled: true },
        });
      }
      const [added] = (await listPasskeysOf(db, user.id)).filter((passkey) => passkey.id === credential.id);
      if (!added) throw new Error("the new passkey was not found");
      return c.json(
        { passkey: presentPasskey(added), recoveryCodes: fresh?.codes ?? null } satisfies PasskeyAdded,
        201,
      );
    },
  )
  .get("/auth/passkeys", requirePasskeyOwner, async (c) => {
    const rows = await listPasskeysOf(c.var.db, passkeyOwner(c).id);
    return c.json({ items: rows.map(presentPasskey) } satisfies PasskeyList);
  })
  .delete("/auth/passkeys/:id", requirePasskeyOwner, async (c) => {
    const user = passkeyOwner(c);
    assertFreshSignIn(c);
    // Another account's passkey answers exactly like one that does not exist.
    const id = c.req.param("id");
    const [removed] = passkeyParamsSchema.safeParse({ id }).success ? await deletePasskey(c.var.db, user.id, id) : [];
    if (!removed) throw new ApiError(404, "not_found", "No such passkey on this account.");
    await commitWithAudit(c, [], {
      ...accountEvent("passkey_remove", user),
      actor: user,
      details: { passkeyId: id, name: removed.name },
    });
    return c.body(null, 204);
  })
  .post("/auth/recovery-codes", requirePasskeyOwner, limitBody(SMALL_BODY_LIMIT), async (c) => {
    const user = passkeyOwner(c);
    assertFreshSignIn(c);
    const { codes, statements } = await replaceRecoveryCodes(c, user.id);
    await commitWithAudit(c, statements, { ...accountEvent("recovery_codes_create", user), actor: user });
    return c.json({ recoveryCodes: codes } satisfies RecoveryCodesResult, 201);
  });
