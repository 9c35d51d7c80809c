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
  "passkey_add",
  "passkey_remove",
  "mfa_failed",
  "recovery_codes_create",
  "request_create",
  "request_respond",
  "request_close",
  "account_delete",
  "invite_accept",
  "webhook_create",
  "webhook_update",
  "webhook_delete",
  "webhook_rotate",
  "webhook_disable",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** How a `login` audit event's account signed in (details.method). */
export const SIGN_IN_METHODS = ["password", "oidc", "access", "passkey"] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** What proved a password sign-in's second step (a `login` event's details.secondFactor). */
export const SECOND_FACTORS = ["passkey", "recovery_code"] as const;
export type SecondFactor = (typeof SECOND_FACTORS)[number];

/**
 * A session that passed only the password step (sessions.pending): `second_factor` must present a passkey
 * or a recovery code; `enroll` (REQUIRE_MFA, no passkey yet) must add a passkey. Either opens nothing else.
 */
export const PENDING_STEPS = ["second_factor", "enroll"] as const;
export type PendingStep = (typeof PENDING_STEPS)[number];

export const AUDIT_RESOURCE_TYPES = ["secret", "api_token", "account", "secret_request", "webhook"] as const;
export type AuditResourceType = (typeof AUDIT_RESOURCE_TYPES)[number];

export const AUDIT_RESULTS = ["success", "failure"] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/**
 * Why an authentication or mail action was refused: a failure event's `details.reason` (README, Audit log).
 * `wrong_password` and `unknown_account` are the two halves of one 401 the caller cannot tell apart;
 * `locked` is ten failures from one address for one email; `rate_limited` a per-minute limiter;
 * `daily_cap` MAIL_DAILY_CAP; `mail_failed` the provider refused (502; a notification, on its last attempt);
 * `mail_unavailable` no mail set up; `signup_closed` and `email_taken` a refused sign-up (SIGNUP_POLICY, an
 * address already in use); `domain_not_allowed` an address outside SIGNUP_DOMAINS or SSO_ALLOWED_DOMAINS;
 * the rest are SSO and passkey refusals (Cloudflare Access, OIDC, WebAuthn).
 */
export const AUDIT_REFUSAL_REASONS = [
  "wrong_password",
  "unknown_account",
  "locked",
  "rate_limited",
  "daily_cap",
  "mail_failed",
  "mail_unavailable",
  "signup_closed",
  "email_taken",
  "domain_not_allowed",
  "malformed",
  "bad_signature",
  "unknown_key",
  "expired",
  "not_yet_valid",
  "wrong_issuer",
  "wrong_audience",
  "no_email",
  "certs_unavailable",
  "provider_error",
  "code_refused",
  "id_token_invalid",
  "state_mismatch",
  "state_unknown",
  "email_unverified",
  "passkey_unknown",
  "passkey_other_account",
  "passkey_counter_moved",
  "passkey_not_verified",
  "recovery_code_unknown",
  "account_gone",
] as const;
export type AuditRefusalReason = (typeof AUDIT_REFUSAL_REASONS)[number];

/** GET /api/audit/export?format=: RFC 4180 CSV (at most 100,000 rows) or NDJSON (every event, chain hashes). */
export const AUDIT_EXPORT_FORMATS = ["csv", "ndjson"] as const;

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
  "challenge_expired",
  "reauth_required",
  "request_closed",
  "request_answered",
  "upload_incomplete",
  "upload_finished",
  "chunk_out_of_order",
  "slack_not_configured",
  "invalid_signature",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** How an authenticator can be reached (WebAuthn's AuthenticatorTransport, with hybrid and smart-card). */
export const AUTHENTICATOR_TRANSPORTS = ["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"] as const;
export type AuthenticatorTransportName = (typeof AUTHENTICATOR_TRANSPORTS)[number];

/**
 * A secret request as its requester and responders see it (PROTOCOL 9): `answered` once it has all the
 * responses it accepts, `expired` past its time, `closed` by its requester. Only open ones take a response.
 */
export const REQUEST_STATUSES = ["open", "answered", "closed", "expired"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * The events a webhook endpoint can ask for (docs/protocol.md, Webhooks). Each but `webhook.test` is an audit
 * event as it enters D1: migrations/0010_webhooks.sql maps (action, resource type, result) to these names.
 */
export const WEBHOOK_EVENT_TYPES = [
  "secret.created",
  "secret.viewed",
  "secret.expired",
  "secret.burned",
  "secret.reveal_failed",
  "request.created",
  "request.responded",
  "request.closed",
  "api_token.created",
  "api_token.revoked",
  "webhook.test",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** A delivery is `pending` until the endpoint answers 2xx (`delivered`) or a day of retries ends (`failed`). */
export const WEBHOOK_DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * What a delivery's body is (docs/protocol.md 10.5): `standard`, the Standard Webhooks JSON payload; `slack`, a
 * Slack incoming-webhook message written from that payload when it is sent. Either way the same headers.
 */
export const WEBHOOK_FORMATS = ["standard", "slack"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
/** An endpoint added without a format (and every one from before migrations/0015) sends the standard JSON. */
export const DEFAULT_WEBHOOK_FORMAT: WebhookFormat = "standard";
