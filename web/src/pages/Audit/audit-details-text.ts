// An event's details in words ("2 views left"), not its stored keys, in the page's language. A key this UI
// does not know yet (a newer server) still shows, as "key: value", so nothing recorded is hidden.
import type { AuditEvent } from "../../../../protocol/api";
import type { UserRole } from "../../../../protocol/enums";
import { type MessageKey, t } from "../../lib/i18n";

/** A failed reveal's or a burn's `reason`, as the Worker records it. */
const REASONS: Readonly<Record<string, MessageKey>> = {
  owner: "audit.reason.owner",
  invalid_link: "audit.reason.invalidLink",
  incorrect_passphrase: "audit.reason.incorrectPassphrase",
  "too many wrong passphrases": "audit.reason.tooManyWrong",
  login_required: "audit.reason.loginRequired",
  not_recipient: "audit.reason.notRecipient",
  email_unverified: "audit.reason.emailUnverified",
};

/** An email_sent event's `kind`. */
const MAIL_KINDS: Readonly<Record<string, MessageKey>> = {
  link: "audit.mail.link",
  invite: "audit.mail.invite",
  verification: "audit.mail.verification",
  viewed: "audit.mail.viewed",
  expired: "audit.mail.expired",
};

const ROLES: Record<UserRole, MessageKey> = {
  admin: "audit.role.admin",
  member: "audit.role.member",
};

/** A message for a recorded value; a value this UI does not know shows as it was recorded. */
function known(labels: Readonly<Record<string, MessageKey>>, value: unknown): string {
  const text = String(value);
  const key = Object.hasOwn(labels, text) ? labels[text] : undefined;
  return key ? t(key) : text;
}

function sentence(key: string, value: unknown, details: Record<string, unknown>): string | null {
  switch (key) {
    case "remainingViews":
      return typeof value === "number"
        ? value > 0
          ? t("audit.detail.viewsLeft", { count: value })
          : t("audit.detail.noViewsLeft")
        : null;
    case "attemptsRemaining":
      return typeof value === "number" ? t("audit.detail.attemptsLeft", { count: value }) : null;
    case "maxViews":
      return typeof value === "number" ? t("audit.detail.opens", { count: value }) : null;
    case "expiresIn":
      return typeof value === "number" ? expiresAfter(value) : null;
    case "passphrase":
      return value === true ? t("audit.detail.withPassphrase") : t("audit.detail.noPassphrase");
    case "mode":
      return value === "plaintext" ? t("audit.detail.plaintextMode") : t("audit.detail.browserMode");
    case "reason":
      return typeof value === "string" ? known(REASONS, value) : null;
    case "kind":
      if (typeof value !== "string") return null;
      return details.to
        ? t("audit.detail.mailTo", { mail: known(MAIL_KINDS, value), to: String(details.to) })
        : known(MAIL_KINDS, value);
    case "to":
      return "kind" in details ? "" : t("audit.detail.to", { to: String(value) });
    case "error":
      return t("audit.detail.failed", { error: String(value) });
    case "attempts":
      return typeof value === "number" ? t("audit.detail.afterAttempts", { count: value }) : null;
    case "by":
      return value === "cron" ? t("audit.detail.byCron") : null;
    case "resent":
      return value === true ? t("audit.detail.resent") : null;
    case "from":
      return typeof details.to === "string" && "from" in details
        ? t("audit.detail.roleChange", { from: known(ROLES, value), to: known(ROLES, details.to) })
        : null;
    case "role":
      return t("audit.detail.wasRole", { role: String(value) });
    case "sessionsEnded":
      return value === true ? t("audit.detail.sessionsEnded") : null;
    case "apiTokensEnded":
      return value === true ? t("audit.detail.apiTokensEnded") : null;
    case "email":
      return t("audit.detail.as", { email: String(value) });
    default:
      return null;
  }
}

/** One line per recorded detail, in words. */
export function detailSentences(event: AuditEvent): string[] {
  const details = event.details;
  const roleChange = "from" in details && "to" in details;
  return Object.entries(details)
    .filter(([key]) => !(roleChange && key === "to"))
    .map(
      ([key, value]) =>
        sentence(key, value, details) ??
        t("audit.detail.other", { key, value: typeof value === "string" ? value : JSON.stringify(value) }),
    )
    .filter((line) => line !== "");
}

/** "Expires after 2 hours": the largest whole unit of the expiry. */
function expiresAfter(seconds: number): string {
  if (seconds % 86_400 === 0) return t("audit.detail.expiresDays", { count: seconds / 86_400 });
  if (seconds % 3600 === 0) return t("audit.detail.expiresHours", { count: seconds / 3600 });
  if (seconds % 60 === 0) return t("audit.detail.expiresMinutes", { count: seconds / 60 });
  return t("audit.detail.expiresSeconds", { count: seconds });
}
