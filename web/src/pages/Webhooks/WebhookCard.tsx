import { useEffect, useState } from "preact/hooks";
import type { CreatedWebhook, WebhookDelivery, WebhookEndpoint } from "../../../../protocol/api";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import {
  listWebhookDeliveries,
  rotateWebhookSecret,
  sendWebhookTest,
  updateWebhook,
  type WebhookChanges,
} from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { useBusyAction } from "../../lib/use-busy-action";
import { DeliveryLog } from "./DeliveryLog";
import { WebhookForm } from "./WebhookForm";

interface Props {
  webhook: WebhookEndpoint;
  onChanged: (webhook: WebhookEndpoint) => void;
  onSecret: (webhook: CreatedWebhook) => void;
  onDelete: (webhook: WebhookEndpoint) => void;
}

/** How often an open log refreshes while deliveries are queued or retrying. */
const REFRESH_MS = 2_000;

/**
 * The Worker stores why it switched an endpoint off in English (worker/webhooks/disable-failing-webhook.ts):
 * the known sentence in the page's language, any other as it came.
 */
function disabledReason(reason: string): string {
  const failed = /^Disabled after (\d+) deliveries in a row failed for a day$/.exec(reason)?.[1];
  return failed ? t("integrations.webhooks.disabledAfter", { failed: Number(failed) }) : reason;
}

export function WebhookCard({ webhook, onChanged, onSecret, onDelete }: Props) {
  const [deliveries, setDeliveries] = useState<WebhookDelivery[] | null>(null);
  const [editing, setEditing] = useState(false);
  const { busy, error, setError, run } = useBusyAction();
  const headingId = `webhook-${webhook.id}`;

  const refresh = () =>
    listWebhookDeliveries(webhook.id).then(
      ({ items }) => setDeliveries(items),
      (caught: unknown) => setError(errorMessage(caught)),
    );
  useEffect(() => {
    refresh();
  }, [webhook.id]);
  const waiting = deliveries?.some((delivery) => delivery.status === "pending") ?? false;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [waiting, webhook.id]);

  const change = (changes: WebhookChanges) => run(async () => onChanged(await updateWebhook(webhook.id, changes)));

  return (
    <section class="card webhook-card" aria-labelledby={headingId}>
      <h3 id={headingId} class="webhook-url">
        {webhook.url}
      </h3>
      <p class="hint">
        {webhook.scope === "deployment" ? `${t("integrations.webhooks.deploymentWide")} · ` : ""}
        {webhook.enabled ? t("integrations.webhooks.on") : t("integrations.webhooks.off")} ·{" "}
        {webhook.format === "slack" ? `${t("integrations.webhooks.formatSlack")} · ` : ""}
        {webhook.events.join(", ")}
      </p>
      {webhook.disabledReason && (
        <Notice tone="warning">
          {t("integrations.webhooks.disabled", { reason: disabledReason(webhook.disabledReason) })}
        </Notice>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {editing ? (
        <WebhookForm
          idPrefix={`edit-${webhook.id}`}
          initial={webhook}
          submitLabel={t("integrations.webhooks.save")}
          onSubmit={async ({ url, events, format }) => {
            onChanged(await updateWebhook(webhook.id, { url, events, format }));
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div class="webhook-actions">
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run(async () => {
                await sendWebhookTest(webhook.id);
                await refresh();
              })
            }
          >
            {t("integrations.webhooks.sendTest")}
          </button>
          <button type="button" class="button-secondary" onClick={() => setEditing(true)}>
            {t("integrations.webhooks.edit")}
          </button>
          <button
            type="button"
            class="button-secondary"
            disabled={busy}
            onClick={() => change({ enabled: !webhook.enabled })}
          >
            {webhook.enabled ? t("integrations.webhooks.turnOff") : t("integrations.webhooks.turnOn")}
          </button>
          <button
            type="button"
            class="button-secondary"
            disabled={busy}
            onClick={() => run(async () => onSecret(await rotateWebhookSecret(webhook.id)))}
          >
            {t("integrations.webhooks.rotate")}
          </button>
          <button type="button" class="button-danger-outline" onClick={() => onDelete(webhook)}>
            {t("integrations.webhooks.delete")}
          </button>
        </div>
      )}
      <h4 id={`${headingId}-log`}>{t("integrations.deliveries.heading")}</h4>
      {deliveries === null ? (
        <p class="hint">{t("integrations.loading")}</p>
      ) : (
        <DeliveryLog deliveries={deliveries} labelledBy={`${headingId}-log`} />
      )}
      <button type="button" class="button-secondary" onClick={refresh}>
        {t("integrations.deliveries.refresh")}
      </button>
    </section>
  );
}
