// How the audit log's codes read to a person. The Record types make a new action or resource type in
// the protocol a compile error here until it has a label.
import type { AuditEvent } from "../../../../protocol/api";
import type { AuditAction, AuditResourceType } from "../../../../protocol/enums";

export const ACTION_LABELS: Record<AuditAction, string> = {
  create: "Create",
  view: "View",
  burn: "Burn",
  expire: "Expire",
  reveal_failed: "Failed reveal",
  email_sent: "Email sent",
  signup: "Sign-up",
  login: "Sign-in",
  login_failed: "Failed sign-in",
  logout: "Sign-out",
  token_create: "Token created",
  token_revoke: "Token revoked",
  invite: "Invite",
  role_change: "Role changed",
  member_remove: "Member removed",
  password_change: "Password changed",
  email_verified: "Email verified",
  passkey_add: "Passkey added",
  passkey_remove: "Passkey removed",
  mfa_failed: "Failed second factor",
  recovery_codes_create: "Recovery codes created",
  request_create: "Request created",
  request_respond: "Request answered",
  request_close: "Request closed",
  account_delete: "Account deleted",
  invite_accept: "Invite accepted",
  webhook_create: "Webhook added",
  webhook_update: "Webhook changed",
  webhook_delete: "Webhook deleted",
  webhook_rotate: "Webhook secret rotated",
  webhook_disable: "Webhook disabled",
};

/** The filter's names for each kind of resource, plural as in the sidebar. */
export const RESOURCE_TYPE_FILTERS: Record<AuditResourceType, string> = {
  secret: "One-Time Secrets",
  api_token: "API tokens",
  account: "Account",
  secret_request: "Secret requests",
  webhook: "Webhooks",
};

const RESOURCE_TYPE_LABELS: Record<AuditResourceType, string> = {
  secret: "One-Time Secret",
  api_token: "API token",
  account: "Account",
  secret_request: "Secret request",
  webhook: "Webhook",
};

/** An action this UI does not know yet (a newer server) still shows, as its code. */
export function actionLabel(action: string): string {
  return action in ACTION_LABELS ? ACTION_LABELS[action as AuditAction] : action;
}

export function resourceTypeLabel(type: string): string {
  return type in RESOURCE_TYPE_LABELS ? RESOURCE_TYPE_LABELS[type as AuditResourceType] : type;
}

/**
 * No account acted, and no visitor either: Oncelink itself expired the secret or mailed its creator.
 * Only an anonymous viewer reads as "Unknown".
 */
export function isSystemEvent(event: AuditEvent): boolean {
  return event.actor === null && (event.action === "expire" || event.action === "email_sent");
}

// Seconds matter in an audit trail, so every form keeps them.
const localDateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const localDateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const localTimeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: "medium" });

function formatted(format: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

export const localTime = (iso: string) => formatted(localDateTime, iso);
export const localDate = (iso: string) => formatted(localDateOnly, iso);
export const localClock = (iso: string) => formatted(localTimeOnly, iso);

export function utcTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
