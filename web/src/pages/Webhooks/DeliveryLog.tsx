import type { WebhookDelivery } from "../../../../protocol/api";
import { formatLocalTime } from "../../lib/local-time";

const STATUS_LABELS: Record<WebhookDelivery["status"], string> = {
  pending: "Retrying",
  delivered: "Delivered",
  failed: "Failed",
};

/** The endpoint's latest deliveries: what was sent, how it went, and when the next try is. */
export function DeliveryLog({ deliveries, labelledBy }: { deliveries: WebhookDelivery[]; labelledBy: string }) {
  if (deliveries.length === 0) return <p class="hint">No deliveries yet.</p>;
  return (
    <div class="table-scroll">
      <table class="delivery-log" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col">Response</th>
            <th scope="col">Latency</th>
            <th scope="col">Attempts</th>
            <th scope="col">Queued</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id}>
              <td>
                <code>{delivery.eventType}</code>
              </td>
              <td>
                {delivery.status === "pending" && delivery.attempts === 0 ? "Queued" : STATUS_LABELS[delivery.status]}
                {delivery.error && <span class="hint"> · {delivery.error}</span>}
                {delivery.nextAttemptAt && delivery.attempts > 0 && (
                  <span class="hint"> · next {formatLocalTime(delivery.nextAttemptAt)}</span>
                )}
              </td>
              <td>{delivery.responseStatus ?? "–"}</td>
              <td>{delivery.latencyMs === null ? "–" : `${delivery.latencyMs} ms`}</td>
              <td>{delivery.attempts}</td>
              <td>{formatLocalTime(delivery.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
