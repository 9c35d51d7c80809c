// What follows once a response is stored (its D1 rows and its vault both hold it): the one place to hang
// anything else that should hear of a response. Neither the notice mail nor the `request.responded` webhook
// is here: the mail was queued in the vault with the ciphertext itself, and the webhook deliveries were queued
// by D1's audit trigger (migrations/0010_webhooks.sql) in the very batch that stored the response, so both go
// out even if this process dies. Sealing that audit event (below) is what wakes the webhook senders.
import type { Context } from "hono";
import { sealAuditSoon } from "../audit/commit-with-audit";
import type { RequestResponseRow, SecretRequestRow } from "../db/schema";
import type { AppEnv } from "../env";
import { noticeChange } from "../feed/feed-notice";
import { notifySlackRequesters } from "../slack/notify-slack-requesters";

export interface StoredResponse {
  request: SecretRequestRow;
  response: RequestResponseRow;
}

export function afterResponseStored(c: Context<AppEnv>, stored: StoredResponse): void {
  sealAuditSoon(c);
  // The requester's open dashboards refetch; after the answer, so the responder waits for nothing more.
  c.executionCtx.waitUntil(noticeChange(c.env, stored.request.ownerId));
  c.executionCtx.waitUntil(notifySlackRequesters(c.env, stored.request.id)); // the cron retries what this misses
}
