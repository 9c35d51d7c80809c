import { useEffect, useState } from "preact/hooks";
import type { Passkey } from "../../../../protocol/api";
import { MAX_PASSKEY_NAME_LENGTH } from "../../../../protocol/limits";
import { Field } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { RecoveryCodes } from "../../components/RecoveryCodes";
import { ApiError, errorMessage } from "../../lib/api";
import { listPasskeys, newRecoveryCodes, removePasskey } from "../../lib/api-routes";
import { formatLocalTime } from "../../lib/local-time";
import { passkeyErrorMessage, registerPasskey } from "../../lib/passkeys";

function explain(error: unknown): string {
  if (error instanceof ApiError && error.code === "reauth_required") {
    return "For your safety this needs a recent sign-in: sign out, sign in again, then retry.";
  }
  return passkeyErrorMessage(error, errorMessage);
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
      const added = await registerPasskey(name.trim() || "Passkey");
      setName("");
      if (added.recoveryCodes) setCodes(added.recoveryCodes);
    });
  };

  return (
    <section class="card account-passkeys" aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">Passkeys</h2>
      <p>Sign in with a passkey alone, or have it asked for after your password.</p>
      {error && <Notice tone="error">{error}</Notice>}
      {codes && <RecoveryCodes codes={codes} />}
      {items && items.length === 0 && <p>No passkeys yet.</p>}
      <ul class="passkey-list">
        {items?.map((passkey) => (
          <li key={passkey.id}>
            <strong>{passkey.name}</strong> · added {formatLocalTime(passkey.createdAt)} · last used{" "}
            {passkey.lastUsedAt ? formatLocalTime(passkey.lastUsedAt) : "never"}{" "}
            <button
              type="button"
              class="button-secondary"
              disabled={busy}
              aria-label={`Remove ${passkey.name}`}
              onClick={() => act(() => removePasskey(passkey.id))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <Field id="passkey-name" label="Name of the new passkey">
          <input
            id="passkey-name"
            maxLength={MAX_PASSKEY_NAME_LENGTH}
            placeholder="Laptop"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </Field>
        <button type="submit" disabled={busy}>
          Add a passkey
        </button>
      </form>
      {items && items.length > 0 && (
        <button
          type="button"
          class="button-secondary"
          disabled={busy}
          onClick={() => act(async () => setCodes((await newRecoveryCodes()).recoveryCodes))}
        >
          New recovery codes
        </button>
      )}
    </section>
  );
}
