import { useEffect, useState } from "preact/hooks";
import type { ApiToken, CreatedApiToken } from "../../../../protocol/api";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Field } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { createApiToken, listApiTokens, revokeApiToken } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { useConfirmedAction } from "../../lib/use-confirmed-action";
import { NewToken } from "./NewToken";
import { TokenList } from "./TokenList";
import "./style.css";

const MAX_TOKEN_NAME_LENGTH = 100;

export default function TokensPage() {
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const revoke = useConfirmedAction(async (token: ApiToken) => {
    await revokeApiToken(token.id);
    setTokens((current) => current?.filter((listed) => listed.id !== token.id) ?? null);
  });

  useEffect(() => {
    listApiTokens().then(
      ({ items }) => setTokens(items),
      (caught: unknown) => setLoadError(errorMessage(caught)),
    );
  }, []);

  async function createToken(event: Event) {
    event.preventDefault();
    setBusy(true);
    setCreateError(null);
    try {
      const token = await createApiToken(name.trim());
      setCreated(token);
      setName("");
      const { token: _, ...listed } = token;
      setTokens((current) => [{ ...listed, lastUsedAt: null }, ...(current ?? [])]);
    } catch (caught) {
      setCreateError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{t("common.page.tokens")}</h1>
      <p class="lead">{t("integrations.tokens.lead")}</p>
      <form class="card token-form" onSubmit={createToken}>
        <h2>{t("integrations.tokens.create")}</h2>
        {createError && <Notice tone="error">{createError}</Notice>}
        <div class="token-form-row">
          <Field id="token-name" label={t("integrations.tokens.name")}>
            <input
              id="token-name"
              required
              maxLength={MAX_TOKEN_NAME_LENGTH}
              placeholder={t("integrations.tokens.namePlaceholder")}
              value={name}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </Field>
          <button type="submit" disabled={busy}>
            {busy ? t("integrations.tokens.creating") : t("integrations.tokens.submit")}
          </button>
        </div>
      </form>
      {created && <NewToken token={created} onDismiss={() => setCreated(null)} />}

      <h2>{t("integrations.tokens.yours")}</h2>
      {loadError && <Notice tone="error">{loadError}</Notice>}
      {tokens === null && !loadError && <p class="lead">{t("integrations.loading")}</p>}
      {tokens && <TokenList tokens={tokens} onRevoke={revoke.ask} />}

      <ConfirmDialog
        open={revoke.target !== null}
        title={t("integrations.tokens.revokeTitle")}
        message={t("integrations.tokens.revokeMessage", { name: revoke.target?.name ?? "" })}
        confirmLabel={t("integrations.tokens.revokeConfirm")}
        busy={revoke.busy}
        error={revoke.error}
        onConfirm={revoke.confirm}
        onCancel={revoke.cancel}
      />
    </>
  );
}
