// How the audit log's codes read to a person, in the page's language. The Record types make a new action,
// resource type or result in the protocol a compile error here until it has a label in the catalog.
import type { AuditEvent } from "../../../../protocol/api";
import type { AuditAction, AuditResourceType, AuditResult } from "../../../../protocol/enums";
import { type MessageKey, t } from "../../lib/i18n";
import { formatLocalTime } from "../../lib/local-time";

export const ACTION_LABELS: Record<AuditAction, MessageKey> = {
  create: "audit.action.create",
  view: "audit.action.view",
  burn: "audit.action.burn",
  expire: "audit.action.expire",
  reveal_failed: "audit.action.revealFailed",
  email_sent: "audit.action.emailSent",
  signup: "audit.action.signup",
  login: "audit.action.login",
  login_failed: "audit.action.loginFailed",
  logout: "audit.action.logout",
  token_create: "audit.action.tokenCreate",
  token_revoke: "audit.action.tokenRevoke",
  invite: "audit.action.invite",
  role_change: "audit.action.roleChange",
  member_remove: "audit.action.memberRemove",
  password_change: "audit.action.passwordChange",
  email_verified: "audit.action.emailVerified",
  passkey_add: "audit.action.passkeyAdd",
  passkey_remove: "audit.action.passkeyRemove",
  mfa_failed: "audit.action.mfaFailed",
  recovery_codes_create: "audit.action.recoveryCodesCreate",
  request_create: "audit.action.requestCreate",
  request_respond: "audit.action.requestRespond",
  request_close: "audit.action.requestClose",
  account_delete: "audit.action.accountDelete",
  invite_accept: "audit.action.inviteAccept",
  webhook_create: "audit.action.webhookCreate",
  webhook_update: "audit.action.webhookUpdate",
  webhook_delete: "audit.action.webhookDelete",
  webhook_rotate: "audit.action.webhookRotate",
  webhook_disable: "audit.action.webhookDisable",
};

/** The filter's names for each kind of resource, plural as in the sidebar. */
export const RESOURCE_TYPE_FILTERS: Record<AuditResourceType, MessageKey> = {
  secret: "audit.resourceTypes.secret",
  api_token: "audit.resourceTypes.apiToken",
  account: "audit.resourceTypes.account",
  secret_request: "audit.resourceTypes.secretRequest",
  webhook: "audit.resourceTypes.webhook",
};

const RESOURCE_TYPE_LABELS: Record<AuditResourceType, MessageKey> = {
  secret: "audit.resourceType.secret",
  api_token: "audit.resourceType.apiToken",
  account: "audit.resourceType.account",
  secret_request: "audit.resourceType.secretRequest",
  webhook: "audit.resourceType.webhook",
};

export const RESULT_LABELS: Record<AuditResult, MessageKey> = {
  success: "audit.result.success",
  failure: "audit.result.failure",
};

/** The label of a code from a closed list; a code this UI does not know yet (a newer server) shows as itself. */
function labelOf<Code extends string>(labels: Record<Code, MessageKey>, code: string): string {
  return Object.hasOwn(labels, code) ? t(labels[code as Code]) : code;
}

export const actionLabel = (action: string) => labelOf(ACTION_LABELS, action);
export const resourceTypeLabel = (type: string) => labelOf(RESOURCE_TYPE_LABELS, type);
export const resultLabel = (result: string) => labelOf(RESULT_LABELS, result);

/**
 * No account acted, and no visitor either: Oncelink itself expired the secret or mailed its creator.
 * Only an anonymous viewer reads as "Unknown".
 */
export function isSystemEvent(event: AuditEvent): boolean {
  return event.actor === null && (event.action === "expire" || event.action === "email_sent");
}

// Seconds matter in an audit trail, so every form keeps them: in the viewer's time zone and language.
export const localTime = (iso: string) => formatLocalTime(iso, { dateStyle: "medium", timeStyle: "medium" });
export const localDate = (iso: string) => formatLocalTime(iso, { dateStyle: "medium" });
export const localClock = (iso: string) => formatLocalTime(iso, { timeStyle: "medium" });

/** The stored instant as it is, for comparing with exports and other systems: the same in every language. */
export function utcTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
