// Cloudflare Access: the JWT Access puts in Cf-Access-Jwt-Assertion, verified with jose against the team's
// public keys. Nothing here trusts the header's presence alone; a token that fails any check is refused.
import { createRemoteJWKSet, errors, jwtVerify } from "jose";
import type { Config } from "../config";

export const ACCESS_JWT_HEADER = "Cf-Access-Jwt-Assertion";

/** Why a token was refused: recorded in the login_failed audit event, never the token itself. */
export type AccessRefusal =
  | "malformed"
  | "bad_signature"
  | "unknown_key"
  | "expired"
  | "not_yet_valid"
  | "wrong_issuer"
  | "wrong_audience"
  | "no_email"
  | "certs_unavailable";

export type AccessVerdict = { ok: true; email: string } | { ok: false; reason: AccessRefusal };

/** Access is on when the deployment names its team and the application's audience tag. */
export function accessConfigured(config: Config): boolean {
  return config.ACCESS_TEAM_DOMAIN !== "" && config.ACCESS_AUD !== "";
}

export function accessCertsUrl(config: Config): string {
  return config.ACCESS_CERTS_URL || `${config.ACCESS_TEAM_DOMAIN}/cdn-cgi/access/certs`;
}

/**
 * One key set per certs URL and isolate: jose keeps the keys (cacheMaxAge) and fetches them again when a
 * token names a `kid` it does not hold (at most once per cooldown), which is how Access key rotation lands.
 */
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySetFor(url: string) {
  let keySet = keySets.get(url);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(url), { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000 });
    keySets.set(url, keySet);
  }
  return keySet;
}

export async function verifyAccessJwt(config: Config, token: string): Promise<AccessVerdict> {
  try {
    const { payload } = await jwtVerify(token, keySetFor(accessCertsUrl(config)), {
      algorithms: ["RS256"],
      issuer: config.ACCESS_TEAM_DOMAIN,
      audience: config.ACCESS_AUD,
      requiredClaims: ["exp"],
    });
    // Service tokens carry no email: they name no person, so they sign no one in.
    const email = typeof payload.email === "string" ? payload.email.trim().toLowerCase() : "";
    if (!email.includes("@")) return { ok: false, reason: "no_email" };
    return { ok: true, email };
  } catch (error) {
    return { ok: false, reason: refusalOf(error) };
  }
}

function refusalOf(error: unknown): AccessRefusal {
  if (error instanceof errors.JWTExpired) return "expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "nbf") return "not_yet_valid";
    if (error.claim === "iss") return "wrong_issuer";
    if (error.claim === "aud") return "wrong_audience";
    return "malformed";
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return "bad_signature";
  if (error instanceof errors.JWKSNoMatchingKey) return "unknown_key";
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return "certs_unavailable";
  if (error instanceof errors.JOSEError) return "malformed";
  // A failed fetch of the certs (network, non-200): the token cannot be checked, so it is not accepted.
  return "certs_unavailable";
}
