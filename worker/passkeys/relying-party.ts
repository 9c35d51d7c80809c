// This deployment as a WebAuthn relying party: its RP ID is the host of its own origin (APP_ORIGIN, checked
// by http/app-origin.ts), never the request's Host header. Every challenge is stored when handed out and
// consumed before its answer is verified, so it answers once; origin, RP ID, user verification and the
// signature counter are checked by @simplewebauthn/server.
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { decodeClientDataJSON, isoBase64URL } from "@simplewebauthn/server/helpers";
import type { Context } from "hono";
import type { User } from "../../protocol/api";
import { WEBAUTHN_CHALLENGE_SECONDS } from "../../protocol/limits";
import { listPasskeysOf } from "../db/passkeys";
import type { PasskeyRow } from "../db/schema";
import { type ChallengePurpose, consumeChallenge, insertChallenge } from "../db/webauthn-challenges";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";

export function relyingParty(c: Context<AppEnv>) {
  return { origin: c.var.origin, rpID: new URL(c.var.origin).hostname };
}

async function storeChallenge(c: Context<AppEnv>, challenge: string, purpose: ChallengePurpose, userId: string | null) {
  const expiresAt = new Date(Date.now() + WEBAUTHN_CHALLENGE_SECONDS * 1000);
  await insertChallenge(c.var.db, { challenge, purpose, userId, expiresAt });
}

export async function registrationOptions(c: Context<AppEnv>, user: User) {
  const existing = await listPasskeysOf(c.var.db, user.id);
  const options = await generateRegistrationOptions({
    rpName: "Oncelink",
    rpID: relyingParty(c).rpID,
    userName: user.email,
    userID: new Uint8Array(new TextEncoder().encode(user.id)),
    timeout: WEBAUTHN_CHALLENGE_SECONDS * 1000,
    attestationType: "none",
    excludeCredentials: existing.map((row) => ({ id: row.id, transports: row.transports })),
    // Discoverable, so the same passkey also signs in without an email; verified, so it is two factors alone.
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await storeChallenge(c, options.challenge, "register", user.id);
  return options;
}

/** Passwordless sign-in (no allowCredentials: the authenticator offers its discoverable ones), or a second step. */
export async function authenticationOptions(c: Context<AppEnv>, user: User | null) {
  const allowed = user ? await listPasskeysOf(c.var.db, user.id) : [];
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(c).rpID,
    timeout: WEBAUTHN_CHALLENGE_SECONDS * 1000,
    userVerification: "required",
    allowCredentials: allowed.map((row) => ({ id: row.id, transports: row.transports })),
  });
  await storeChallenge(c, options.challenge, user ? "second_factor" : "sign_in", user?.id ?? null);
  return options;
}

/** Consumes the challenge the answer signed; a second answer to it, or one too late, is refused here. */
export async function takeChallenge(
  c: Context<AppEnv>,
  clientDataJSON: string,
  purpose: ChallengePurpose,
  userId: string | null,
): Promise<string> {
  let challenge: string;
  try {
    challenge = decodeClientDataJSON(clientDataJSON).challenge;
  } catch {
    throw new ApiError(400, "invalid_input", "response.clientDataJSON is not WebAuthn client data.");
  }
  if (typeof challenge !== "string" || !(await consumeChallenge(c.var.db, challenge, purpose, userId, new Date()))) {
    throw new ApiError(400, "challenge_expired", "This passkey request expired or was already used; try again.");
  }
  return challenge;
}

export async function verifyRegistration(c: Context<AppEnv>, user: User, response: RegistrationResponseJSON) {
  const expectedChallenge = await takeChallenge(c, response.response.clientDataJSON, "register", user.id);
  const { origin, rpID } = relyingParty(c);
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
    });
    if (result.verified) return result.registrationInfo.credential;
  } catch (error) {
    throw new ApiError(400, "invalid_input", `The passkey could not be verified: ${(error as Error).message}`);
  }
  throw new ApiError(400, "invalid_input", "The passkey could not be verified.");
}

/** The reason a passkey's answer was refused, for the audit log; null when it verified. */
export type AssertionOutcome = { ok: true; newCounter: number } | { ok: false; reason: string };

export async function verifyAssertion(
  c: Context<AppEnv>,
  response: AuthenticationResponseJSON,
  passkey: PasskeyRow,
  expectedChallenge: string,
): Promise<AssertionOutcome> {
  const { origin, rpID } = relyingParty(c);
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
      credential: {
        id: passkey.id,
        publicKey: isoBase64URL.toBuffer(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports,
      },
    });
    return result.verified
      ? { ok: true, newCounter: result.authenticationInfo.newCounter }
      : { ok: false, reason: "not verified" };
  } catch (error) {
    return { ok: false, reason: (error as Error).message.slice(0, 200) };
  }
}
