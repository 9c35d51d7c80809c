import type { CreatedApiToken } from "../../../../protocol/api";
import { CopyField } from "../../components/CopyField";
import { Notice } from "../../components/Notice";
import { t } from "../../lib/i18n";
import { tRich } from "../../lib/i18n-rich";

/** The token's only appearance: the API never returns it again. */
export function NewToken({ token, onDismiss }: { token: CreatedApiToken; onDismiss: () => void }) {
  const curl = [
    `curl -X POST ${location.origin}/api/secrets`,
    `  -H "Authorization: Bearer ${token.token}"`,
    `  -H "Content-Type: application/json"`,
    `  -d '{"text":"my secret","expiresIn":3600}'`,
  ].join(" \\\n");

  return (
    <section class="card new-token" aria-labelledby="new-token-heading">
      <h2 id="new-token-heading">{t("integrations.tokens.created", { name: token.name })}</h2>
      <Notice tone="warning">{tRich("integrations.copyNow", { strong: (text) => <strong>{text}</strong> })}</Notice>
      <CopyField
        id="new-token"
        label={t("integrations.tokens.yourNew")}
        value={token.token}
        copyLabel={t("integrations.tokens.copy")}
        code
      />
      <CopyField
        id="curl-example"
        label={t("integrations.tokens.tryIt")}
        value={curl}
        copyLabel={t("integrations.tokens.copyCommand")}
        rows={4}
        hint={t("integrations.tokens.tryItHint")}
        code
      />
      <button type="button" class="button-secondary" onClick={onDismiss}>
        {t("integrations.done")}
      </button>
    </section>
  );
}
