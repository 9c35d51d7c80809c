// The browser's half of WebAuthn, through @simplewebauthn/browser: fetch the server's options, let the
// authenticator answer, post the answer back. The server holds and checks every challenge.
import {
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from "@simplewebauthn/browser";
import type { LoginResult, PasskeyAdded } from "../../../protocol/api";
import {
  addPasskey,
  passkeyRegistrationOptions,
  passkeySignIn,
  passkeySignInOptions,
  passSecondFactor,
  secondFactorOptions,
} from "./api-routes";
import { t } from "./i18n";

export async function registerPasskey(name: string): Promise<PasskeyAdded> {
  const optionsJSON = await passkeyRegistrationOptions<PublicKeyCredentialCreationOptionsJSON>();
  return addPasskey(name, await startRegistration({ optionsJSON }));
}

/** Passwordless: the authenticator offers the discoverable passkeys it holds for this site. */
export async function signInWithPasskey(): Promise<LoginResult> {
  const optionsJSON = await passkeySignInOptions<PublicKeyCredentialRequestOptionsJSON>();
  return passkeySignIn(await startAuthentication({ optionsJSON }));
}

/** The second step after a password. */
export async function confirmWithPasskey(): Promise<LoginResult> {
  const optionsJSON = await secondFactorOptions<PublicKeyCredentialRequestOptionsJSON>();
  return passSecondFactor({ response: await startAuthentication({ optionsJSON }) });
}

/** A person cancelling the browser's passkey dialog is not an error worth a red box. */
export function passkeyErrorMessage(error: unknown, fallback: (error: unknown) => string): string {
  if (error instanceof Error && error.name === "NotAllowedError") return t("common.passkey.cancelled");
  return fallback(error);
}
