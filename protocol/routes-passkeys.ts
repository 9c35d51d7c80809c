// The route table (protocol/routes.ts), part 4: passkeys, the second step after a password, recovery codes.

import { SMALL_BODY_LIMIT, WEBAUTHN_BODY_LIMIT } from "./limits";
import {
  loginResultSchema,
  passkeyAddedSchema,
  passkeyListSchema,
  recoveryCodesResultSchema,
  webauthnOptionsSchema,
} from "./response-schemas";
import type { ApiRoute, ErrorAnswer } from "./route-types";
import { addPasskeySchema, passkeyParamsSchema, passkeySignInSchema, secondFactorSchema } from "./schemas";

const OWNER: readonly ErrorAnswer[] = [
  "401 unauthenticated",
  "403 csrf",
  "403 session_required",
  "403 email_unverified",
];

export const PASSKEY_ROUTES: readonly ApiRoute[] = [
  {
    method: "POST",
    path: "/api/auth/passkeys/register/options",
    auth: "session-only",
    success: 200,
    response: webauthnOptionsSchema,
    errors: OWNER,
  },
  {
    method: "POST",
    path: "/api/auth/passkeys",
    auth: "session-only",
    body: addPasskeySchema,
    bodyLimit: WEBAUTHN_BODY_LIMIT,
    success: 201,
    response: passkeyAddedSchema,
    errors: [...OWNER, "400 invalid_input", "400 challenge_expired", "413 too_large"],
  },
  {
    method: "GET",
    path: "/api/auth/passkeys",
    auth: "session-only",
    success: 200,
    response: passkeyListSchema,
    errors: ["401 unauthenticated", "403 session_required", "403 email_unverified"],
  },
  {
    method: "DELETE",
    path: "/api/auth/passkeys/:id",
    auth: "session-only",
    params: passkeyParamsSchema,
    success: 204,
    errors: [...OWNER, "403 reauth_required", "404 not_found"],
  },
  {
    method: "POST",
    path: "/api/auth/recovery-codes",
    auth: "session-only",
    bodyLimit: SMALL_BODY_LIMIT,
    success: 201,
    response: recoveryCodesResultSchema,
    errors: [...OWNER, "403 reauth_required", "413 too_large"],
  },
  {
    method: "POST",
    path: "/api/auth/passkeys/login/options",
    auth: "none",
    success: 200,
    response: webauthnOptionsSchema,
    errors: ["403 csrf", "429 rate_limited"],
    refusalRecords: ["login_failed"],
  },
  {
    method: "POST",
    path: "/api/auth/passkeys/login",
    auth: "none",
    body: passkeySignInSchema,
    bodyLimit: WEBAUTHN_BODY_LIMIT,
    success: 200,
    response: loginResultSchema,
    errors: [
      "400 invalid_input",
      "400 challenge_expired",
      "401 invalid_credentials",
      "403 csrf",
      "413 too_large",
      "429 rate_limited",
    ],
    refusalRecords: ["login_failed"],
  },
  {
    method: "POST",
    path: "/api/auth/mfa/options",
    auth: "none",
    success: 200,
    response: webauthnOptionsSchema,
    errors: ["401 unauthenticated", "403 csrf"],
  },
  {
    method: "POST",
    path: "/api/auth/mfa",
    auth: "none",
    body: secondFactorSchema,
    bodyLimit: WEBAUTHN_BODY_LIMIT,
    success: 200,
    response: loginResultSchema,
    errors: [
      "400 invalid_input",
      "400 challenge_expired",
      "401 unauthenticated",
      "401 invalid_credentials",
      "403 csrf",
      "413 too_large",
      "429 rate_limited",
    ],
    refusalRecords: ["mfa_failed"],
  },
];
