// The limits on mail an account causes: MAIL_LIMITER per minute and MAIL_DAILY_CAP per UTC day. A refusal
// is an audit event like the mail it stops (record-refusal.ts), with reason rate_limited or daily_cap.
import type { Context } from "hono";
import type { AuditEventInput } from "../audit/commit-with-audit";
import { refuse } from "../audit/record-refusal";
import { countMailsSentSince } from "../db/audit-events";
import type { Database } from "../db/client";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { rateLimitError } from "../http/rate-limit";

/** Mails sent today (UTC) on behalf of an account, counted from its successful email_sent audit events. */
export async function mailsSentToday(db: Database, accountId: string, now = Date.now()): Promise<number> {
  return countMailsSentSince(db, accountId, new Date(now - (now % 86_400_000)));
}

function secondsUntilMidnightUtc(now = Date.now()): number {
  return Math.ceil((86_400_000 - (now % 86_400_000)) / 1000);
}

/**
 * 429 once the account has sent its minute's or its day's mails, for the routes that mail on an account's
 * request; `event` is the email_sent event the mail would have had, recorded as refused.
 */
export async function assertMayMail(c: Context<AppEnv>, accountId: string, event: AuditEventInput): Promise<void> {
  const message = "Too many mails in a minute. Try again shortly.";
  const limited = await rateLimitError(c.env.MAIL_LIMITER, accountId, message);
  if (limited) return refuse(c, event, { reason: "rate_limited", error: limited });
  const cap = c.var.config.MAIL_DAILY_CAP;
  if ((await mailsSentToday(c.var.db, accountId)) >= cap) {
    const error = new ApiError(429, "rate_limited", `You can send ${cap} mails a day; try again tomorrow.`, {
      retryAfter: secondsUntilMidnightUtc(),
    });
    return refuse(c, event, { reason: "daily_cap", error });
  }
}
