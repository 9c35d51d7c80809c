import { countMailsSentSince } from "../db/audit-events";
import type { Database } from "../db/client";
import { ApiError } from "../http/errors";

/** Mails sent today (UTC) on behalf of an account, counted from its email_sent audit events. */
/** Mails sent today (UTC) on behalf of an account. */
export async function mailsSentToday(db: Database, accountId: string, now = Date.now()): Promise<number> {
  return countMailsSentSince(db, accountId, new Date(now - (now % 86_400_000)));
}

function secondsUntilMidnightUtc(now = Date.now()): number {
  return Math.ceil((86_400_000 - (now % 86_400_000)) / 1000);
}

/** 429 once the account has caused its day's mails, for the routes that mail on an account's request. */
export async function assertUnderDailyMailCap(db: Database, cap: number, accountId: string): Promise<void> {
  if ((await mailsSentToday(db, accountId)) >= cap) {
    throw new ApiError(429, "rate_limited", `You can send ${cap} mails a day; try again tomorrow.`, {
      retryAfter: secondsUntilMidnightUtc(),
    });
  }
}
