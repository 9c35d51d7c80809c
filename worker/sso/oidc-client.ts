// OpenID Connect with oauth4webapi: discovery, the authorization URL (code + PKCE S256, state, nonce) and
// the callback's checks and code exchange. No token handling is written by hand here.
import * as oauth from "oauth4webapi";
import type { Config } from "../config";
import { isLoopbackHost } from "../config";

/** The deployment's OIDC settings and its client secret (a Worker secret, not a var). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** What the start step keeps server-side for the callback: used once, then deleted. */
export interface OidcFlow {
  codeVerifier: string;
  nonce: string;
  /** A same-origin path to return to. */
  next: string;
}

export function oidcSettings(config: Config, env: Env): OidcSettings | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID) return null;
  return { issuer: config.OIDC_ISSUER, clientId: config.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET ?? "" };
}

/** "Sign in with <name>": OIDC_PROVIDER_NAME, else the issuer's host name (accounts.google.com). */
export function oidcProviderName(config: Config): string | null {
  if (!config.OIDC_ISSUER) return null;
  return config.OIDC_PROVIDER_NAME || new URL(config.OIDC_ISSUER).hostname;
}

/** http is allowed only for a provider on this machine (config.ts refuses it anywhere else). */
function requestOptions(settings: OidcSettings) {
  const local = new URL(settings.issuer).protocol === "http:" && isLoopbackHost(new URL(settings.issuer).hostname);
  return local ? { [oauth.allowInsecureRequests]: true } : {};
}

const discovered = new Map<string, Promise<oauth.AuthorizationServer>>();

/** The provider's metadata, fetched once per isolate (again after a failure). */
function authorizationServer(settings: OidcSettings): Promise<oauth.AuthorizationServer> {
  let server = discovered.get(settings.issuer);
  if (!server) {
    const issuer = new URL(settings.issuer);
    server = oauth
      .discoveryRequest(issuer, { algorithm: "oidc", ...requestOptions(settings) })
      .then((res) => oauth.processDiscoveryResponse(issuer, res));
    server.catch(() => discovered.delete(settings.issuer));
    discovered.set(settings.issuer, server);
  }
  return server;
}

export async function authorizationUrl(settings: OidcSettings, redirectUri: string, next: string) {
  const as = await authorizationServer(settings);
  if (!as.authorization_endpoint) throw new Error("the provider names no authorization endpoint");
  const state = oauth.generateRandomState();
  const flow: OidcFlow = { codeVerifier: oauth.generateRandomCodeVerifier(), nonce: oauth.generateRandomNonce(), next };
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: settings.clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: "openid email profile",
    state,
    nonce: flow.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(flow.codeVerifier),
    code_challenge_method: "S256",
  }).toString();
  return { url: url.href, state, flow };
}

export type OidcOutcome =
  | { ok: true; email: string; emailVerified: boolean }
  | { ok: false; reason: "provider_error" | "code_refused" | "id_token_invalid" | "no_email" };

/** The callback: the response checked against `state`, the code exchanged with the PKCE verifier, the ID token's nonce checked. */
export async function finishSignIn(
  settings: OidcSettings,
  callbackUrl: URL,
  state: string,
  flow: OidcFlow,
  redirectUri: string,
): Promise<OidcOutcome> {
  const as = await authorizationServer(settings);
  const client: oauth.Client = { client_id: settings.clientId };
  const auth = settings.clientSecret ? oauth.ClientSecretBasic(settings.clientSecret) : oauth.None();
  const options = requestOptions(settings);
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, callbackUrl, state);
  } catch {
    return { ok: false, reason: "provider_error" };
  }
  let result: oauth.TokenEndpointResponse;
  try {
    const res = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      auth,
      params,
      redirectUri,
      flow.codeVerifier,
      options,
    );
    result = await oauth.processAuthorizationCodeResponse(as, client, res, {
      expectedNonce: flow.nonce,
      requireIdToken: true,
    });
  } catch (error) {
    return { ok: false, reason: error instanceof oauth.ResponseBodyError ? "code_refused" : "id_token_invalid" };
  }
  const claims = oauth.getValidatedIdTokenClaims(result);
  if (!claims) return { ok: false, reason: "id_token_invalid" };
  let email = claims.email;
  let verified = claims.email_verified;
  // Providers that keep the ID token small (oidc-provider, Okta) answer the email at userinfo instead.
  if (typeof email !== "string") {
    try {
      const res = await oauth.userInfoRequest(as, client, result.access_token, options);
      const info = await oauth.processUserInfoResponse(as, client, claims.sub, res);
      email = info.email;
      verified = info.email_verified;
    } catch {
      return { ok: false, reason: "no_email" };
    }
  }
  if (typeof email !== "string" || !email.includes("@")) return { ok: false, reason: "no_email" };
  return { ok: true, email: email.trim().toLowerCase(), emailVerified: verified === true };
}
