// An event's details in words ("2 views left"), not its stored keys. A key this UI does not know yet (a
// newer server) still shows, as "key: value", so nothing recorded is hidden.
import type { AuditEvent } from "../../../../protocol/api";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const REASONS: Record<string, string> = {
  owner: "Burned by its owner",
  invalid_link: "The link's key did not match (mistyped or cut off)",
  incorrect_passphrase: "Wrong passphrase",
  "too many wrong passphrases": "Burned after too many wrong passphrases",
  login_required: "The viewer was not signed in",
  not_recipient: "Signed in as someone other than the recipient",
  email_unverified: "The viewer's address is not verified",
};

const MAIL_KINDS: Record<string, string> = {
  link: "Share link mailed",
  invite: "Invite mailed",
  verification: "Verification link mailed",
  viewed: "View notice mailed",
  expired: "Expiry notice mailed",
};

function sentence(key: string, value: unknown, details: Record<string, unknown>): string | null {
  switch (key) {
    case "remainingViews":
      return typeof value === "number"
        ? value > 0
          ? `${plural(value, "view", "views")} left`
          : "No views left: deleted"
        : null;
    case "attemptsRemaining":
      return typeof value === "number" ? `${plural(value, "attempt", "attempts")} left before it burns` : null;
    case "maxViews":
      return typeof value === "number" ? `Opens ${plural(value, "time", "times")}` : null;
    case "expiresIn":
      return typeof value === "number" ? `Expires after ${duration(value)}` : null;
    case "passphrase":
      return value === true ? "With a passphrase" : "No passphrase";
    case "mode":
      return value === "plaintext" ? "Encrypted by the server (API, plaintext mode)" : "Encrypted in the browser";
    case "reason":
      return typeof value === "string" ? (REASONS[value] ?? value) : null;
    case "kind":
      return typeof value === "string" ? `${MAIL_KINDS[value] ?? value}${details.to ? ` to ${details.to}` : ""}` : null;
    case "to":
      return "kind" in details ? "" : `To ${value}`;
    case "error":
      return `Failed: ${value}`;
    case "attempts":
      return typeof value === "number" ? `After ${plural(value, "attempt", "attempts")}` : null;
    case "by":
      return value === "cron" ? "Noticed by the scheduled check" : null;
    case "resent":
      return value === true ? "Sent again; the earlier link stopped working" : null;
    case "from":
      return typeof details.to === "string" && "from" in details ? `Role: ${value} → ${details.to}` : null;
    case "role":
      return `Was ${value === "admin" ? "an admin" : "a member"}`;
    case "sessionsEnded":
      return value === true ? "Every session signed out" : null;
    case "apiTokensEnded":
      return value === true ? "Every API token revoked" : null;
    case "email":
      return `As ${value}`;
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
        sentence(key, value, details) ?? `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`,
    )
    .filter((line) => line !== "");
}

function duration(seconds: number): string {
  if (seconds % 86_400 === 0) return plural(seconds / 86_400, "day", "days");
  if (seconds % 3600 === 0) return plural(seconds / 3600, "hour", "hours");
  if (seconds % 60 === 0) return plural(seconds / 60, "minute", "minutes");
  return plural(seconds, "second", "seconds");
}
