import { useState } from "preact/hooks";
import type { Secret } from "../../../../protocol/api";
import { CLIENT_KDF_ITERATIONS, envelopeUpload, sealSecret } from "../../../../protocol/envelope";
import { DEFAULT_EXPIRES_IN, EXPIRY_PRESETS, MAX_NAME_LENGTH, MAX_VIEWS } from "../../../../protocol/limits";
import { Checkbox } from "../../components/Checkbox";
import { Field, hintId } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { StretchProgress } from "../../components/StretchProgress";
import { errorMessage } from "../../lib/api";
import { createSecret } from "../../lib/api-routes";
import { rememberLink } from "../../lib/link-keys";
import { useStretchProgress } from "../../lib/use-stretch-progress";

export interface Created {
  /** The share link with its key: known to this browser only. */
  link: string;
  secret: Secret;
  /** The recipient to mail the link to, when "Send via email" was on. */
  emailTo: string | null;
}

const EMAIL_HINT = "Emailing lets the Oncelink server see the link once, to send it. It keeps no copy.";

export function CreateSecretForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const [text, setText] = useState("");
  const [name, setName] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [expiresIn, setExpiresIn] = useState(DEFAULT_EXPIRES_IN);
  const [maxViews, setMaxViews] = useState("1");
  const [recipientEmail, setRecipientEmail] = useState("");
  const [requireLogin, setRequireLogin] = useState(false);
  const [sendByEmail, setSendByEmail] = useState(false);
  const [notifyOnView, setNotifyOnView] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { stretching, track } = useStretchProgress();
  const hasRecipient = recipientEmail.trim() !== "";

  async function sealAndUpload(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const recipient = recipientEmail.trim();
    try {
      // Encrypted here; the server gets the ciphertext and the verifier, never the text, passphrase or key.
      const sealed = passphrase
        ? await track(CLIENT_KDF_ITERATIONS, () => sealSecret({ text, passphrase }))
        : await sealSecret({ text });
      const { secret } = await createSecret({
        ...envelopeUpload(sealed),
        name: name.trim() || undefined,
        expiresIn,
        maxViews: Number(maxViews),
        recipientEmail: recipient || undefined,
        requireLogin,
        notifyOnView,
      });
      const link = `${secret.url}#${sealed.linkKey}`;
      rememberLink(secret.id, link, secret.expiresAt);
      onCreated({ link, secret, emailTo: sendByEmail && recipient ? recipient : null });
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={sealAndUpload}>
      <p class="lead">It is encrypted in your browser. The link opens it once, then it is gone.</p>
      {error && <Notice tone="error">{error}</Notice>}
      <Field id="text" label="Secret Text">
        <textarea
          id="text"
          required
          rows={6}
          autocomplete="off"
          spellcheck={false}
          autofocus
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </Field>
      <Field id="name" label="Name" hint="Optional. Only you see it, in your list of secrets.">
        <input
          id="name"
          maxLength={MAX_NAME_LENGTH}
          aria-describedby={hintId("name")}
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </Field>
      <Field id="passphrase" label="Passphrase" hint="Optional. Share it with the recipient another way.">
        <input
          id="passphrase"
          type="password"
          autocomplete="new-password"
          aria-describedby={hintId("passphrase")}
          value={passphrase}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
      </Field>
      <div class="field-row">
        <Field id="expires-in" label="Expires in">
          <select
            id="expires-in"
            aria-describedby="expires-in-hint"
            value={String(expiresIn)}
            onChange={(event) => setExpiresIn(Number(event.currentTarget.value))}
          >
            {EXPIRY_PRESETS.map((preset) => (
              <option key={preset.seconds} value={String(preset.seconds)}>
                {preset.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="max-views" label="Max views">
          <input
            id="max-views"
            type="number"
            inputMode="numeric"
            required
            min={1}
            max={MAX_VIEWS}
            step={1}
            value={maxViews}
            onInput={(event) => setMaxViews(event.currentTarget.value)}
          />
        </Field>
      </div>
      <p class="hint expiry-hints" id="expires-in-hint">
        Quick handoff: 5–15 min · Same day: 1 hour · Async: 24 hours · Vendors: 24–48 hours
      </p>
      <Field id="recipient-email" label="Recipient Email" hint="Optional. The account this secret is meant for.">
        <input
          id="recipient-email"
          type="email"
          autocomplete="off"
          aria-describedby={hintId("recipient-email")}
          value={recipientEmail}
          onInput={(event) => setRecipientEmail(event.currentTarget.value)}
        />
      </Field>
      <Checkbox
        id="require-login"
        label="Require login to view"
        hint="Only a signed-in viewer can open it. With a recipient email, only that account can open it."
        checked={requireLogin}
        onChange={setRequireLogin}
      />
      <Checkbox
        id="send-by-email"
        label="Send via email"
        hint={hasRecipient ? EMAIL_HINT : `Needs a Recipient Email. ${EMAIL_HINT}`}
        checked={sendByEmail && hasRecipient}
        disabled={!hasRecipient}
        onChange={setSendByEmail}
      />
      <Checkbox
        id="notify-on-view"
        label="Notify me when viewed"
        hint="We'll email you when it's viewed, with when, by whom and from where — never the content."
        checked={notifyOnView}
        onChange={setNotifyOnView}
      />
      {stretching && <StretchProgress {...stretching} />}
      <button type="submit" disabled={busy}>
        {busy ? "Creating…" : "Create Secret"}
      </button>
    </form>
  );
}
