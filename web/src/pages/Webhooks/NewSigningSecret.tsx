import type { CreatedWebhook } from "../../../../protocol/api";
import { CopyField } from "../../components/CopyField";
import { Notice } from "../../components/Notice";
import { t } from "../../lib/i18n";
import { tRich } from "../../lib/i18n-rich";

/** The signing secret's only appearance: the API never returns it again (a rotation makes a new one). */
export function NewSigningSecret({ webhook, onDismiss }: { webhook: CreatedWebhook; onDismiss: () => void }) {
  return (
    <section class="card new-token" aria-labelledby="new-webhook-secret-heading">
      <h2 id="new-webhook-secret-heading">
        {t("integrations.webhooks.secretFor", { host: new URL(webhook.url).host })}
      </h2>
      <Notice tone="warning">
        {tRich("integrations.webhooks.secretNotice", { strong: (text) => <strong>{text}</strong> })}
      </Notice>
      <CopyField
        id="webhook-secret"
        label={t("integrations.webhooks.secret")}
        value={webhook.secret}
        copyLabel={t("integrations.webhooks.copySecret")}
        code
      />
      <button type="button" class="button-secondary" onClick={onDismiss}>
        {t("integrations.done")}
      </button>
    </section>
  );
}
