// The protocol's closed vocabularies, each declared once: the drizzle schema, the zod schemas and the API
// types all derive from these lists. No imports, so the recipient page can use them without zod.
export const SECRET_STATUSES = ["active", "viewed", "expired", "burned"] as const;
export type SecretStatus = (typeof SECRET_STATUSES)[number];

export const USER_ROLES = ["admin", "member"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const AUDIT_ACTIONS = [
  "create",
  "view",
  "burn",
  "expire",
  "reveal_failed",
  "email_sent",
  "signup",
  "login",
  "login_failed",
  "logout",
  "token_create",
  "token_revoke",
  "invite",
  "role_change",
  "member_remove",
  "password_change",
  "email_verified",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** How a `login` audit event's account signed in (details.method). */
export const SIGN_IN_METHODS = ["password", "oidc", "access"] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

export const AUDIT_RESOURCE_TYPES = ["secret", "api_token", "account"] as const;
export type AuditResourceType = (typeof AUDIT_RESOURCE_TYPES)[number];

export const AUDIT_RESULTS = ["success", "failure"] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/** Every `error.code` the API answers (PROTOCOL section 4); the Worker's ApiError takes nothing else. */
export const ERROR_CODES = [
  "invalid_input",
  "bad_request",
  "unauthenticated",
  "invalid_credentials",
  "login_required",
  "csrf",
  "signup_closed",
  "email_unverified",
  "session_required",
  "forbidden",
  "invalid_link",
  "incorrect_passphrase",
  "not_recipient",
  "human_check_failed",
  "quota_exceeded",
  "not_found",
  "email_taken",
  "already_verified",
  "expired",
  "too_large",
  "wrong_host",
  "rate_limited",
  "internal",
  "misconfigured",
  "mail_failed",
  "human_check_unavailable",
  "last_admin",
  "already_set_up",
  "mail_unavailable",
  "password_login_off",
  "sso_refused",
  "sso_failed",
  "upgrade_required",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
