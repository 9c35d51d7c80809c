import { useEffect, useState } from "preact/hooks";
import { DEFAULT_EXPIRES_IN, EXPIRY_PRESETS, MAX_NAME_LENGTH, MAX_VIEWS } from "../../../../protocol/limits";
import { Field, hintId } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { StretchProgress } from "../../components/StretchProgress";
import { errorMessage } from "../../lib/api";
import { getAppConfig } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { useSession } from "../../lib/use-session";
import { useStretchProgress } from "../../lib/use-stretch-progress";
import { type Created, type CreatedGroup, createGroupLinks, createOneLink, type LinkOptions } from "./create-links";
import { FileAttachments } from "./files/FileAttachments";
import { useFileAttachments } from "./files/use-file-attachments";
import { groupRecipients, NO_SEPARATE_LINKS } from "./group-recipients";
import { MoreOptions, type RecipientOptions } from "./MoreOptions";
import { PassphraseField } from "./PassphraseField";
import { SecretTextField } from "./SecretTextField";
import { durationLabel } from "./wording";

export type { Created, CreatedGroup } from "./create-links";

const NO_RECIPIENT: RecipientOptions = {
  recipientEmail: "",
  requireLogin: false,
  sendByEmail: false,
  notifyOnView: false,
  showSender: false,
};

interface CreateSecretFormProps {
  onCreated: (created: Created) => void;
  onGroupCreated: (created: CreatedGroup) => void;
}

export function CreateSecretForm({ onCreated, onGroupCreated }: CreateSecretFormProps) {
  const { user } = useSession();
  const [text, setText] = useState("");
  const [name, setName] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [expiresIn, setExpiresIn] = useState(DEFAULT_EXPIRES_IN);
  const [maxViews, setMaxViews] = useState("1");
  const [options, setOptions] = useState(NO_RECIPIENT);
  const [separateLinks, setSeparateLinks] = useState(NO_SEPARATE_LINKS);
  const [maxBytes, setMaxBytes] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { stretching, track } = useStretchProgress();
  const attachments = useFileAttachments();
  const verifiedEmail = user?.emailVerified ? user.email : null;

  useEffect(() => {
    getAppConfig().then(
      (config) => setMaxBytes(config.maxSecretBytes),
      // Unknown: the server still refuses too large a secret, with its own message.
      () => setMaxBytes(null),
    );
  }, []);

  async function sealAndUpload(event: Event) {
    event.preventDefault();
    setError(null);
    const recipients = separateLinks.enabled ? groupRecipients(separateLinks) : null;
    if (recipients && "error" in recipients) return setError(recipients.error);
    // A group's links each seal their own copy; files are uploaded once, to one secret (PROTOCOL 8.2).
    if (recipients && attachments.manifest) return setError(t("create.form.filesOneLink"));
    setBusy(true);
    const shared: LinkOptions = {
      text,
      passphrase,
      name: name.trim() || undefined,
      expiresIn,
      requireLogin: options.requireLogin,
      notifyOnView: options.notifyOnView,
      showSender: options.showSender && verifiedEmail !== null,
    };
    try {
      if (recipients) {
        onGroupCreated(await createGroupLinks({ ...shared, ...recipients, sendByEmail: options.sendByEmail }, track));
      } else {
        const recipientEmail = options.recipientEmail.trim() || undefined;
        const single = { ...shared, maxViews: Number(maxViews), recipientEmail, sendByEmail: options.sendByEmail };
        onCreated(await createOneLink(single, track, attachments));
      }
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  }

  // Ctrl+Enter (Cmd+Enter on a Mac) creates from any field, the text area included.
  function createOnShortcut(event: KeyboardEvent) {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    (event.currentTarget as HTMLFormElement).requestSubmit();
  }

  return (
    <form class="create-form" onSubmit={sealAndUpload} onKeyDown={createOnShortcut}>
      <SecretTextField value={text} onInput={setText} maxBytes={maxBytes} required={!attachments.manifest} />
      <FileAttachments attachments={attachments} disabled={busy} />
      <Field id="name" label={t("create.form.name")} hint={t("create.form.nameHint")}>
        <input
          id="name"
          maxLength={MAX_NAME_LENGTH}
          aria-describedby={hintId("name")}
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </Field>
      <PassphraseField value={passphrase} onInput={setPassphrase} />
      <div class="field-row">
        <Field id="expires-in" label={t("create.form.expiry")}>
          <select
            id="expires-in"
            aria-describedby="expires-in-hint"
            value={String(expiresIn)}
            onChange={(event) => setExpiresIn(Number(event.currentTarget.value))}
          >
            {EXPIRY_PRESETS.map((preset) => (
              <option key={preset.seconds} value={String(preset.seconds)}>
                {durationLabel(preset.seconds)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="max-views"
          label={t("create.form.maxViews")}
          hint={separateLinks.enabled ? t("create.form.maxViewsGroup") : undefined}
        >
          <input
            id="max-views"
            type="number"
            inputMode="numeric"
            required
            min={1}
            max={MAX_VIEWS}
            step={1}
            disabled={separateLinks.enabled}
            aria-describedby={separateLinks.enabled ? hintId("max-views") : undefined}
            value={separateLinks.enabled ? "1" : maxViews}
            onInput={(event) => setMaxViews(event.currentTarget.value)}
          />
        </Field>
      </div>
      <p class="hint expiry-hints" id="expires-in-hint">
        {t("create.form.expiryHint")}
      </p>
      <MoreOptions
        options={options}
        onChange={setOptions}
        verifiedEmail={verifiedEmail}
        separateLinks={separateLinks}
        onSeparateLinksChange={setSeparateLinks}
      />
      {stretching && <StretchProgress {...stretching} />}
      {/* Sticky at the dialog's foot: the button and any error stay in view however far the form scrolls. */}
      <div class="create-footer">
        {error && <Notice tone="error">{error}</Notice>}
        <div class="create-footer-row">
          <p class="hint">{t("create.form.footer")}</p>
          <button type="submit" disabled={busy}>
            {busy
              ? t("create.form.creating")
              : t(separateLinks.enabled ? "create.form.submitGroup" : "create.form.submit")}
          </button>
        </div>
      </div>
    </form>
  );
}
