// What follows once a response is stored (its D1 rows and its vault both hold it): the one place to hang
// anything else that should hear of a response, such as a `request.responded` webhook. The notice mail is
// not here: it was queued in the vault with the ciphertext itself, so it goes out even if this process dies.
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
