import { useEffect, useState } from "preact/hooks";
import type { CreatedWebhook, WebhookEndpoint } from "../../../../protocol/api";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { createWebhook, deleteWebhook, listWebhooks } from "../../lib/api-routes";
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
      <h1>Webhooks</h1>
      <p class="lead">
        Oncelink tells your systems when a secret is opened, burned or expires, signed per Standard Webhooks. Events
        carry names, times and places, never secret content.
      </p>
      <section class="card webhook-new" aria-labelledby="add-webhook-heading">
        <h2 id="add-webhook-heading">Add an endpoint</h2>
        <WebhookForm
          idPrefix="new-webhook"
          submitLabel="Add endpoint"
          offerDeploymentWide={user?.role === "admin"}
          onSubmit={async ({ url, events, deploymentWide }) => {
            const created = await createWebhook(url, events, deploymentWide ? "deployment" : "account");
            setSecret(created);
            const { secret: _, ...listed } = created;
            setWebhooks((current) => [listed, ...(current ?? [])]);
          }}
        />
      </section>
      {secret && <NewSigningSecret webhook={secret} onDismiss={() => setSecret(null)} />}

      <h2>Your endpoints</h2>
      {loadError && <Notice tone="error">{loadError}</Notice>}
      {webhooks === null && !loadError && <p class="lead">Loading…</p>}
      {webhooks?.length === 0 && <p class="lead">No endpoints yet.</p>}
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
        title="Delete this endpoint?"
        message={`Nothing more is sent to ${remove.target?.url ?? ""}, and its delivery log is deleted.`}
        confirmLabel="Delete endpoint"
        busy={remove.busy}
        error={remove.error}
        onConfirm={remove.confirm}
        onCancel={remove.cancel}
      />
    </>
  );
}
