import type { WebhookDelivery } from "../../../../protocol/api";
import type { WebhookDeliveryStatus } from "../../../../protocol/enums";
import { type MessageKey, t } from "../../lib/i18n";
import { documentLocale, formatCount, formatLocalTime } from "../../lib/local-time";

const STATUS_LABELS: Record<WebhookDeliveryStatus, MessageKey> = {
  pending: "integrations.deliveries.pending",
  delivered: "integrations.deliveries.delivered",
  failed: "integrations.deliveries.failed",
};

/** A delivery's status as a person reads it: a pending one that was never tried is only queued. */
function statusLabel(delivery: WebhookDelivery): string {
  if (delivery.status === "pending" && delivery.attempts === 0) return t("integrations.deliveries.queued");
  return t(STATUS_LABELS[delivery.status]);
}

/** Milliseconds in the page's language ("204 ms"). */
const milliseconds = (value: number) =>
  new Intl.NumberFormat(documentLocale(), { style: "unit", unit: "millisecond" }).format(value);

/** The endpoint's latest deliveries: what was sent, how it went, and when the next try is. */
export function DeliveryLog({ deliveries, labelledBy }: { deliveries: WebhookDelivery[]; labelledBy: string }) {
  if (deliveries.length === 0) return <p class="hint">{t("integrations.deliveries.empty")}</p>;
  return (
    <div class="table-scroll">
      <table class="delivery-log" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t("integrations.deliveries.event")}</th>
            <th scope="col">{t("integrations.deliveries.status")}</th>
            <th scope="col">{t("integrations.deliveries.response")}</th>
            <th scope="col">{t("integrations.deliveries.latency")}</th>
            <th scope="col">{t("integrations.deliveries.attempts")}</th>
            <th scope="col">{t("integrations.deliveries.queuedAt")}</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id}>
              <td>
                <code>{delivery.eventType}</code>
              </td>
              <td>
                {statusLabel(delivery)}
                {delivery.error && <span class="hint"> · {delivery.error}</span>}
                {delivery.nextAttemptAt && delivery.attempts > 0 && (
                  <span class="hint">
                    {" · "}
                    {t("integrations.deliveries.next", { time: formatLocalTime(delivery.nextAttemptAt) })}
                  </span>
                )}
              </td>
              <td>{delivery.responseStatus ?? "–"}</td>
              <td>{delivery.latencyMs === null ? "–" : milliseconds(delivery.latencyMs)}</td>
              <td>{formatCount(delivery.attempts)}</td>
              <td>{formatLocalTime(delivery.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
