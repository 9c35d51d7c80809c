// New deliveries are rows in D1, queued by the audit trigger in the transaction of the event they report;
// this finds the endpoints with deliveries due and wakes their senders. The audit ledger runs it after each
// seal pass (within about a second of any event), the cron every five minutes as a safety net.
import { openDatabase } from "../db/client";
import { endpointsWithDueDeliveries } from "../db/webhooks";

const WAKE_LIMIT = 100;

export async function wakeWebhookSenders(env: Env): Promise<void> {
  const ids = await endpointsWithDueDeliveries(openDatabase(env.DB), Date.now(), WAKE_LIMIT);
  await Promise.all(ids.map((id) => env.WEBHOOK_SENDER.get(env.WEBHOOK_SENDER.idFromName(id)).sendSoon(id)));
}
