import type { CreatedWebhook } from "../../../../protocol/api";
import { CopyField } from "../../components/CopyField";
import { Notice } from "../../components/Notice";

/** The signing secret's only appearance: the API never returns it again (a rotation makes a new one). */
export function NewSigningSecret({ webhook, onDismiss }: { webhook: CreatedWebhook; onDismiss: () => void }) {
  return (
    <section class="card new-token" aria-labelledby="new-webhook-secret-heading">
      <h2 id="new-webhook-secret-heading">Signing secret for {new URL(webhook.url).host}</h2>
      <Notice tone="warning">
        <strong>Copy it now: it won't be shown again.</strong> Your receiver verifies each delivery with it (Standard
        Webhooks: the webhook-id, webhook-timestamp and webhook-signature headers).
      </Notice>
      <CopyField id="webhook-secret" label="Signing secret" value={webhook.secret} copyLabel="Copy secret" code />
      <button type="button" class="button-secondary" onClick={onDismiss}>
        Done
      </button>
    </section>
  );
}
