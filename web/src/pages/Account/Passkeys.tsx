import { useEffect, useState } from "preact/hooks";
import type { Passkey } from "../../../../protocol/api";
import { MAX_PASSKEY_NAME_LENGTH } from "../../../../protocol/limits";
import { Field } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { RecoveryCodes } from "../../components/RecoveryCodes";
import { ApiError, errorMessage } from "../../lib/api";
import { listPasskeys, newRecoveryCodes, removePasskey } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { formatLocalTime } from "../../lib/local-time";
import { passkeyErrorMessage, registerPasskey } from "../../lib/passkeys";

function explain(error: unknown): string {
  if (error instanceof ApiError && error.code === "reauth_required") {
    return t("settings.passkeys.reauth");
  }
  return passkeyErrorMessage(error, errorMessage);
}

/** "added 3 May 2026, 10:00 · last used never": when a passkey was added and last used, in local time. */
function used(passkey: Passkey): string {
  const added = formatLocalTime(passkey.createdAt);
  return passkey.lastUsedAt
    ? t("settings.passkeys.used", { added, lastUsed: formatLocalTime(passkey.lastUsedAt) })
    : t("settings.passkeys.unused", { added });
}

/** The account's passkeys: add one, see when each was last used, remove one; and recovery codes. */
export function Passkeys() {
  const [items, setItems] = useState<Passkey[] | null>(null);
  const [name, setName] = useState("");
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = () =>
    listPasskeys().then(
      (list) => setItems(list.items),
      (caught) => setError(explain(caught)),
    );
  useEffect(() => {
    reload();
  }, []);

  async function act(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      await reload();
    } catch (caught) {
      setError(explain(caught));
    } finally {
      setBusy(false);
    }
  }

  const add = (event: Event) => {
    event.preventDefault();
    act(async () => {
      const added = await registerPasskey(name.trim() || t("common.passkey.defaultName"));
      setName("");
      if (added.recoveryCodes) setCodes(added.recoveryCodes);
    });
  };

  return (
    <section class="card account-passkeys" aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">{t("settings.passkeys.title")}</h2>
      <p>{t("settings.passkeys.lead")}</p>
      {error && <Notice tone="error">{error}</Notice>}
      {codes && <RecoveryCodes codes={codes} />}
      {items && items.length === 0 && <p>{t("settings.passkeys.none")}</p>}
      <ul class="passkey-list">
        {items?.map((passkey) => (
          <li key={passkey.id}>
            <strong>{passkey.name}</strong> · {used(passkey)}{" "}
            <button
              type="button"
              class="button-secondary"
              disabled={busy}
              aria-label={t("settings.passkeys.removeLabel", { name: passkey.name })}
              onClick={() => act(() => removePasskey(passkey.id))}
            >
              {t("settings.remove")}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <Field id="passkey-name" label={t("settings.passkeys.nameLabel")}>
          <input
            id="passkey-name"
            maxLength={MAX_PASSKEY_NAME_LENGTH}
            placeholder={t("settings.passkeys.namePlaceholder")}
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </Field>
        <button type="submit" disabled={busy}>
          {t("common.secondFactor.add")}
        </button>
      </form>
      {items && items.length > 0 && (
        <button
          type="button"
          class="button-secondary"
          disabled={busy}
          onClick={() => act(async () => setCodes((await newRecoveryCodes()).recoveryCodes))}
        >
          {t("settings.passkeys.newRecoveryCodes")}
        </button>
      )}
    </section>
  );
}
