import { useEffect, useState } from "preact/hooks";
import type { CreatedWebhook, WebhookEndpoint } from "../../../../protocol/api";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { createWebhook, deleteWebhook, listWebhooks } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { useConfirmedAction } from "../../lib/use-confirmed-action";
import { useSession } from "../../lib/use-session";
import { NewSigningSecret } from "./NewSigningSecret";
import { WebhookCard } from "./WebhookCard";
import { WebhookForm } from "./WebhookForm";
import "./style.css";

export default function WebhooksPage() {
  const { user } = useSession();
  const [webhooks, setWebhooks] = useState<WebhookEndpoint[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [secret, setSecret] = useState<CreatedWebhook | null>(null);
  const remove = useConfirmedAction(async (webhook: WebhookEndpoint) => {
    await deleteWebhook(webhook.id);
    setWebhooks((current) => current?.filter((listed) => listed.id !== webhook.id) ?? null);
  });

  useEffect(() => {
    listWebhooks().then(
      ({ items }) => setWebhooks(items),
      (caught: unknown) => setLoadError(errorMessage(caught)),
    );
  }, []);

  const replace = (webhook: WebhookEndpoint) =>
    setWebhooks((current) => current?.map((listed) => (listed.id === webhook.id ? webhook : listed)) ?? null);

  return (
    <>
      <h1>{t("common.page.webhooks")}</h1>
      <p class="lead">{t("integrations.webhooks.lead")}</p>
      <section class="card webhook-new" aria-labelledby="add-webhook-heading">
        <h2 id="add-webhook-heading">{t("integrations.webhooks.add")}</h2>
        <WebhookForm
          idPrefix="new-webhook"
          submitLabel={t("integrations.webhooks.addSubmit")}
          offerDeploymentWide={user?.role === "admin"}
          onSubmit={async ({ url, events, format, deploymentWide }) => {
            const scope = deploymentWide ? "deployment" : "account";
            const created = await createWebhook({ url, events, format, scope });
            setSecret(created);
            const { secret: _, ...listed } = created;
            setWebhooks((current) => [listed, ...(current ?? [])]);
          }}
        />
      </section>
      {secret && <NewSigningSecret webhook={secret} onDismiss={() => setSecret(null)} />}

      <h2>{t("integrations.webhooks.yours")}</h2>
      {loadError && <Notice tone="error">{loadError}</Notice>}
      {webhooks === null && !loadError && <p class="lead">{t("integrations.loading")}</p>}
      {webhooks?.length === 0 && <p class="lead">{t("integrations.webhooks.empty")}</p>}
      {webhooks?.map((webhook) => (
        <WebhookCard
          key={webhook.id}
          webhook={webhook}
          onChanged={replace}
          onSecret={(rotated) => {
            setSecret(rotated);
            replace(rotated);
          }}
          onDelete={remove.ask}
        />
      ))}

      <ConfirmDialog
        open={remove.target !== null}
        title={t("integrations.webhooks.deleteTitle")}
        message={t("integrations.webhooks.deleteMessage", { url: remove.target?.url ?? "" })}
        confirmLabel={t("integrations.webhooks.deleteConfirm")}
        busy={remove.busy}
        error={remove.error}
        onConfirm={remove.confirm}
        onCancel={remove.cancel}
      />
    </>
  );
}
