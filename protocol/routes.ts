// Every route of the API in one table (PROTOCOL section 3.7): method, path, who may call it, the zod schemas
// its parameters, query and body must pass, its body limit and every error it may answer. The Worker's
// routes validate with these same schemas; the contract fuzzer (worker/test/fuzz/) builds its hostile
// requests from this table, and a test fails when the app answers a route the table does not list, so a new
// route is fuzzed without new test code. An OpenAPI generator can read it as it stands: zod 4 turns each
// schema into JSON Schema (z.toJSONSchema), and `errors` are the documented responses.
import type * as z from "zod";
import type { AuditAction, ErrorCode } from "./enums";
import { AUTH_BODY_LIMIT, SMALL_BODY_LIMIT, VERIFY_BODY_LIMIT } from "./limits";
import {
  auditQuery,
  changePasswordSchema,
  createSecretSchema,
  createTokenSchema,
  credentialsSchema,
  emailLinkSchema,
  inviteSchema,
  listSecretsQuery,
  memberRoleSchema,
  resourceIdParams,
  revealSchema,
  setupAccountSchema,
  setupInviteSchema,
  verifyAuditQuery,
  verifyEmailSchema,
} from "./schemas";

/**
 * PROTOCOL 3.2.2. `public`: the caller is not even identified (no storage is read). `user-or-anonymous`: a
 * user, or anyone when the deployment allows anonymous creation (ALLOW_ANONYMOUS_CREATE).
 */
export type AuthLevel = "public" | "none" | "signed-in" | "user" | "user-or-anonymous" | "session-only" | "admin";

/** "400 invalid_input": the status and the code, as docs/protocol.md section 3.7 writes them. */
export type ErrorAnswer = `${number} ${ErrorCode}`;

export interface ApiRoute {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Hono's syntax, under /api: "/api/secrets/:id". */
  path: string;
  auth: AuthLevel;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Bytes; "secret": createBodyLimit(MAX_SECRET_BYTES), a setting of the deployment. */
  bodyLimit?: number | "secret";
  success: 200 | 201 | 202 | 204;
  errors: readonly ErrorAnswer[];
  /** The audit event a refusal records: the refusal is the event (a failed sign-in, a wrong key). */
  refusalRecords?: readonly AuditAction[];
}

/** What any route may answer besides its own list: the host errors (5.4) and an unexpected failure. */
export const ANY_ROUTE_ERRORS: readonly ErrorAnswer[] = ["421 wrong_host", "500 misconfigured", "500 internal"];
/** A malformed, unknown or revoked bearer token, on every route that identifies its caller (3.2.1). */
export const BAD_TOKEN_ERROR: ErrorAnswer = "401 unauthenticated";

const id = resourceIdParams;

export const API_ROUTES: readonly ApiRoute[] = [
  { method: "GET", path: "/api/health", auth: "public", success: 200, errors: [] },
  { method: "GET", path: "/api/config", auth: "public", success: 200, errors: [] },
  {
    method: "POST",
    path: "/api/auth/signup",
    auth: "none",
    body: credentialsSchema,
    bodyLimit: AUTH_BODY_LIMIT,
    success: 201,
    errors: [
      "400 invalid_input",
      "403 csrf",
      "403 signup_closed",
      "409 email_taken",
      "413 too_large",
      "429 rate_limited",
    ],
  },
  {
    method: "POST",
    path: "/api/auth/login",
    auth: "none",
    body: credentialsSchema,
    bodyLimit: AUTH_BODY_LIMIT,
    success: 200,
    errors: ["400 invalid_input", "401 invalid_credentials", "403 csrf", "413 too_large", "429 rate_limited"],
    refusalRecords: ["login_failed"],
  },
  { method: "POST", path: "/api/auth/logout", auth: "none", success: 204, errors: ["403 csrf"] },
  {
    method: "POST",
    path: "/api/auth/password",
    auth: "session-only",
    body: changePasswordSchema,
    bodyLimit: AUTH_BODY_LIMIT,
    success: 204,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 session_required",
      "403 email_unverified",
      "403 invalid_credentials",
      "413 too_large",
      "429 rate_limited",
    ],
  },
  {
    method: "POST",
    path: "/api/auth/setup/invite",
    auth: "none",
    body: setupInviteSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 200,
    errors: ["400 invalid_input", "403 csrf", "404 not_found", "413 too_large"],
  },
  {
    method: "POST",
    path: "/api/auth/setup",
    auth: "none",
    body: setupAccountSchema,
    bodyLimit: AUTH_BODY_LIMIT,
    success: 200,
    errors: ["400 invalid_input", "403 csrf", "404 not_found", "413 too_large"],
  },
  {
    method: "POST",
    path: "/api/auth/verify",
    auth: "none",
    body: verifyEmailSchema,
    bodyLimit: VERIFY_BODY_LIMIT,
    success: 200,
    errors: ["400 invalid_input", "403 csrf", "404 not_found", "413 too_large"],
  },
  {
    method: "POST",
    path: "/api/auth/verify/resend",
    auth: "signed-in",
    success: 202,
    errors: ["401 unauthenticated", "403 csrf", "409 already_verified", "429 rate_limited", "502 mail_failed"],
  },
  { method: "GET", path: "/api/me", auth: "signed-in", success: 200, errors: ["401 unauthenticated"] },
  { method: "GET", path: "/api/session", auth: "none", success: 200, errors: [] },
  {
    method: "POST",
    path: "/api/secrets",
    auth: "user-or-anonymous",
    body: createSecretSchema,
    bodyLimit: "secret",
    success: 201,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 email_unverified",
      "403 quota_exceeded",
      "413 too_large",
      "429 rate_limited",
    ],
  },
  {
    method: "GET",
    path: "/api/secrets",
    auth: "user",
    query: listSecretsQuery,
    success: 200,
    errors: ["400 invalid_input", "401 unauthenticated", "403 email_unverified"],
  },
  {
    method: "GET",
    path: "/api/secrets/:id",
    auth: "none",
    params: id,
    success: 200,
    errors: ["404 not_found", "410 expired"],
  },
  {
    method: "POST",
    path: "/api/secrets/:id/reveal",
    auth: "none",
    params: id,
    body: revealSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 200,
    errors: [
      "400 invalid_input",
      "401 login_required",
      "403 csrf",
      "403 human_check_failed",
      "403 invalid_link",
      "403 email_unverified",
      "403 not_recipient",
      "403 incorrect_passphrase",
      "404 not_found",
      "410 expired",
      "413 too_large",
      "429 rate_limited",
      "503 human_check_unavailable",
    ],
    refusalRecords: ["reveal_failed"],
  },
  {
    method: "POST",
    path: "/api/secrets/:id/email",
    auth: "user",
    params: id,
    body: emailLinkSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 202,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 email_unverified",
      "404 not_found",
      "410 expired",
      "413 too_large",
      "429 rate_limited",
      "502 mail_failed",
    ],
  },
  {
    method: "DELETE",
    path: "/api/secrets/:id",
    auth: "user",
    params: id,
    success: 204,
    errors: ["401 unauthenticated", "403 csrf", "403 email_unverified", "404 not_found", "410 expired"],
  },
  {
    method: "POST",
    path: "/api/tokens",
    auth: "session-only",
    body: createTokenSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 201,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 session_required",
      "403 email_unverified",
      "413 too_large",
    ],
  },
  {
    method: "GET",
    path: "/api/tokens",
    auth: "user",
    success: 200,
    errors: ["401 unauthenticated", "403 email_unverified"],
  },
  {
    method: "DELETE",
    path: "/api/tokens/:id",
    auth: "session-only",
    params: id,
    success: 204,
    errors: ["401 unauthenticated", "403 csrf", "403 session_required", "403 email_unverified", "404 not_found"],
  },
  { method: "GET", path: "/api/users", auth: "admin", success: 200, errors: ["401 unauthenticated", "403 forbidden"] },
  {
    method: "POST",
    path: "/api/users",
    auth: "admin",
    body: inviteSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 201,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 forbidden",
      "409 email_taken",
      "413 too_large",
    ],
  },
  {
    method: "PATCH",
    path: "/api/users/:id",
    auth: "admin",
    params: id,
    body: memberRoleSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 200,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 forbidden",
      "404 not_found",
      "409 last_admin",
      "413 too_large",
    ],
  },
  {
    method: "DELETE",
    path: "/api/users/:id",
    auth: "admin",
    params: id,
    success: 204,
    errors: ["401 unauthenticated", "403 csrf", "403 forbidden", "404 not_found", "409 last_admin"],
  },
  {
    method: "POST",
    path: "/api/users/:id/invite",
    auth: "admin",
    params: id,
    success: 201,
    errors: ["401 unauthenticated", "403 csrf", "403 forbidden", "404 not_found", "409 already_set_up"],
  },
  {
    method: "POST",
    path: "/api/users/:id/invite/email",
    auth: "admin",
    params: id,
    body: emailLinkSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 202,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 forbidden",
      "404 not_found",
      "409 already_set_up",
      "413 too_large",
      "429 rate_limited",
      "502 mail_failed",
      "503 mail_unavailable",
    ],
  },
  {
    method: "GET",
    path: "/api/audit",
    auth: "user",
    query: auditQuery,
    success: 200,
    errors: ["400 invalid_input", "401 unauthenticated", "403 email_unverified", "403 forbidden"],
  },
  {
    method: "GET",
    path: "/api/audit/export",
    auth: "user",
    query: auditQuery,
    success: 200,
    errors: ["400 invalid_input", "401 unauthenticated", "403 email_unverified", "403 forbidden"],
  },
  {
    method: "GET",
    path: "/api/audit/verify",
    auth: "admin",
    query: verifyAuditQuery,
    success: 200,
    errors: ["400 invalid_input", "401 unauthenticated", "403 forbidden"],
  },
];
