// Secret requests started from Slack (migration 0012): the pending row a slash command leaves, its finishing
// by the requester's browser, and the bookkeeping of the Slack notices sent for its responses. The table is
// defined here rather than in schema.ts because only these queries use it (no db.query relations needed).
import { and, eq, gt, isNotNull, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { Database } from "./client";
import { insertRowWhere } from "./insert-where";
import { type SecretRequestRow, secretRequests } from "./schema";

export const slackRequests = sqliteTable("slack_requests", {
  /** SHA-256 (base64url) of the one-time finish token; the token itself is only in the requester's Slack. */
  tokenHash: text("token_hash").primaryKey(),
  teamId: text("team_id").notNull(),
  userId: text("user_id").notNull(),
  channelId: text("channel_id"),
  name: text("name").notNull(),
  /** Slack's response_url for the channel the command came from; cleared once the request link is posted. */
  responseUrl: text("response_url"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  /** The finish token works until then (Slack's response_url lasts 30 minutes). */
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  /** Set when finished: the secret request this became. */
  requestId: text("request_id").references(() => secretRequests.id, { onDelete: "cascade" }),
  /** The deployment origin the request was finished on, for the links in later Slack notices. */
  origin: text("origin"),
  /** Responses the requester has been told of in Slack; fewer than the request's count means a notice is due. */
  notifiedResponses: integer("notified_responses").notNull().default(0),
  /** A sender holds the notice until then, so the answer's waitUntil and the cron do not both send it. */
  notifyLeaseUntil: integer("notify_lease_until", { mode: "timestamp_ms" }),
});

export type SlackRequestRow = typeof slackRequests.$inferSelect;

export function insertPendingSlackRequest(db: Database, row: typeof slackRequests.$inferInsert) {
  return db.insert(slackRequests).values(row);
}

/** The pending row this token names, while it can still be finished. */
function finishable(tokenHash: string, now: Date): SQL {
  return and(
    eq(slackRequests.tokenHash, tokenHash),
    isNull(slackRequests.requestId),
    gt(slackRequests.expiresAt, now),
  ) as SQL;
}

export function finishedAs(requestId: string): SQL {
  return sql`exists (select 1 from ${slackRequests} where ${eq(slackRequests.requestId, requestId)})`;
}

/**
 * The statements that finish a pending Slack request, for one D1 batch: the request row only while the token
 * is unused and unexpired, then the token marked used only if that row landed. D1 runs a batch alone, so two
 * browsers racing with one token make one request.
 */
export function finishSlackRequest(db: Database, tokenHash: string, row: SecretRequestRow, origin: string) {
  const now = row.createdAt;
  const pending = sql`exists (select 1 from ${slackRequests} where ${finishable(tokenHash, now)})`;
  const landed = sql`exists (select 1 from ${secretRequests} where ${eq(secretRequests.id, row.id)})`;
  return [
    insertRowWhere(db, secretRequests, row, pending),
    db
      .update(slackRequests)
      .set({ requestId: row.id, origin })
      .where(and(finishable(tokenHash, now), landed))
      .returning(),
  ] as const;
}

/** Forgets the response_url once it has been used (or refused): it can post into the channel. */
export function forgetResponseUrl(db: Database, requestId: string) {
  return db.update(slackRequests).set({ responseUrl: null }).where(eq(slackRequests.requestId, requestId));
}

export interface DueSlackNotice {
  requestId: string;
  teamId: string;
  userId: string;
  origin: string | null;
  /** Responses the requester was already told of. */
  notified: number;
  request: SecretRequestRow;
}

/**
 * Finished Slack requests with responses their requester has not been told of, not held by another sender,
 * whose responses can still be opened (a response lives expiresIn from its arrival, so at most that long
 * after the request closes to new ones).
 */
export async function dueSlackNotices(db: Database, now: Date, requestId?: string): Promise<DueSlackNotice[]> {
  const rows = await db
    .select({ slack: slackRequests, request: secretRequests })
    .from(slackRequests)
    .innerJoin(secretRequests, eq(secretRequests.id, slackRequests.requestId))
    .where(
      and(
        isNotNull(slackRequests.requestId),
        requestId ? eq(slackRequests.requestId, requestId) : undefined,
        lt(slackRequests.notifiedResponses, secretRequests.responseCount),
        or(isNull(slackRequests.notifyLeaseUntil), lt(slackRequests.notifyLeaseUntil, now)),
        sql`${secretRequests.expiresAt} + ${secretRequests.expiresIn} * 1000 > ${now.getTime()}`,
      ),
    )
    .limit(50);
  return rows.map(({ slack, request }) => ({
    requestId: request.id,
    teamId: slack.teamId,
    userId: slack.userId,
    origin: slack.origin,
    notified: slack.notifiedResponses,
    request,
  }));
}

/** Takes the notice of one request for this sender until `until`; answers whether it got it. */
export async function leaseSlackNotice(db: Database, requestId: string, now: Date, until: Date): Promise<boolean> {
  const taken = await db
    .update(slackRequests)
    .set({ notifyLeaseUntil: until })
    .where(
      and(
        eq(slackRequests.requestId, requestId),
        or(isNull(slackRequests.notifyLeaseUntil), lt(slackRequests.notifyLeaseUntil, now)),
      ),
    )
    .returning({ requestId: slackRequests.requestId });
  return taken.length === 1;
}

/** The notice went out: `told` responses are known to the requester, and the lease is given back. */
export function settleSlackNotice(db: Database, requestId: string, told: number | null) {
  return db
    .update(slackRequests)
    .set(told === null ? { notifyLeaseUntil: null } : { notifyLeaseUntil: null, notifiedResponses: told })
    .where(eq(slackRequests.requestId, requestId));
}

/** Pending rows nobody finished, once their token has run out. */
export function deleteUnfinishedSlackRequests(db: Database, now: Date) {
  return db.delete(slackRequests).where(and(isNull(slackRequests.requestId), lt(slackRequests.expiresAt, now)));
}
