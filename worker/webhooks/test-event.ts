// "Send test event": a `webhook.test` delivery, queued like any other, that says who asked and when.
import type { User } from "../../protocol/api";
import type { WebhookEndpointRow } from "../db/webhook-schema";

export function testEventPayload(endpoint: WebhookEndpointRow, requester: User, at: Date): string {
  return JSON.stringify({
    type: "webhook.test",
    timestamp: at.toISOString(),
    data: { endpointId: endpoint.id, requestedBy: { email: requester.email } },
  });
}
