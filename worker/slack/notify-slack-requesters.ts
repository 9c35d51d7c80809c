// Tells a requester in Slack (a direct message from the app's bot) that responses to their request arrived,
// naming the request and how many, never what was sent. Run right after a response is stored (waitUntil)
// and again by the cron, which sends whatever an earlier attempt did not: D1 counts, per request, the
// responses the requester was told of, so a notice lost with its process (or refused by Slack) goes out
// at the next cron. A lease keeps the two from sending the same notice at once.
import { configOf } from "../config";
import { openDatabase } from "../db/client";
import { dueSlackNotices, leaseSlackNotice, settleSlackNotice } from "../db/slack-requests";
import { responseNoticeMessage } from "./slack-messages";
import { callSlackApi } from "./slack-web-api";

/** Longer than one chat.postMessage may take (10 s) with room to spare. */
const LEASE_MS = 60_000;

/** Sends the due notices: of one request (after its response), or of all (the cron). Never throws. */
export async function notifySlackRequesters(env: Env, requestId?: string): Promise<void> {
  const token = env.SLACK_BOT_TOKEN;
  if (!env.SLACK_SIGNING_SECRET || !token) return;
  try {
    const config = configOf(env);
    const db = openDatabase(env.DB);
    const now = new Date();
    for (const due of await dueSlackNotices(db, now, requestId)) {
      if (!(await leaseSlackNotice(db, due.requestId, now, new Date(now.getTime() + LEASE_MS)))) continue;
      const origin = due.origin ?? config.APP_ORIGIN[0] ?? "";
      const sent = await callSlackApi(config, token, "chat.postMessage", {
        // A user id as the channel: the app's direct messages with that user.
        channel: due.userId,
        ...responseNoticeMessage(due.request, due.notified, origin),
      });
      if (!sent.ok) console.warn(`slack: a response notice was refused (${sent.error}); the cron tries again`);
      await settleSlackNotice(db, due.requestId, sent.ok ? due.request.responseCount : null);
    }
  } catch (error) {
    console.error("slack: sending response notices failed", error instanceof Error ? error.name : "");
  }
}
