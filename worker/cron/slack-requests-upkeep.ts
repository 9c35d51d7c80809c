import { openDatabase } from "../db/client";
import { deleteUnfinishedSlackRequests } from "../db/slack-requests";
import { notifySlackRequesters } from "../slack/notify-slack-requesters";

/** Sends the Slack response notices an earlier attempt missed, and drops Slack requests nobody finished. */
export async function upkeepSlackRequests(env: Env, now = new Date()): Promise<void> {
  await Promise.all([notifySlackRequesters(env), deleteUnfinishedSlackRequests(openDatabase(env.DB), now)]);
}
