import { and, count, eq, gte } from "drizzle-orm";
import type { Database } from "../db/client";
import { auditEvents } from "../db/schema";
import { ApiError } from "../http/errors";

/** Mails sent today (UTC) on behalf of an account, counted from its email_sent audit events. */
export async function mailsSentToday(db: Database, accountId: string, now = Date.now()): Promise<number> {
  const midnight = new Date(now - (now % 86_400_000));
  const [row] = await db
    .select({ sent: count() })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.ownerId, accountId),
        eq(auditEvents.action, "email_sent"),
        eq(auditEvents.result, "success"),
        gte(auditEvents.at, midnight),
      ),
    );
  return row?.sent ?? 0;
}

export function secondsUntilMidnightUtc(now = Date.now()): number {
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
