import { useState } from "preact/hooks";
import {
  DEFAULT_WEBHOOK_FORMAT,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_FORMATS,
  type WebhookEventType,
  type WebhookFormat,
} from "../../../../protocol/enums";
import { Checkbox } from "../../components/Checkbox";
import { Field } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { t } from "../../lib/i18n";

/** The events a person picks; `webhook.test` is sent on request only ("Send test event"). */
const PICKABLE = WEBHOOK_EVENT_TYPES.filter((type) => type !== "webhook.test");
const DEFAULT_EVENTS: WebhookEventType[] = ["secret.viewed", "secret.reveal_failed", "request.responded"];
/** An address, the same in every language. */
const EXAMPLE_URL = "https://hooks.example.com/oncelink";
const FORMAT_LABELS = {
  standard: "integrations.webhooks.formatStandard",
  slack: "integrations.webhooks.formatSlack",
} as const satisfies Record<WebhookFormat, string>;

export interface WebhookDraft {
  url: string;
  events: WebhookEventType[];
  format: WebhookFormat;
  deploymentWide: boolean;
}

interface Props {
  idPrefix: string;
  initial?: { url: string; events: WebhookEventType[]; format: WebhookFormat };
  submitLabel: string;
  /** Admins may add a deployment-wide endpoint (only when adding). */
  offerDeploymentWide?: boolean;
  onSubmit: (draft: WebhookDraft) => Promise<void>;
  onCancel?: () => void;
}

/** URL, format and events, for adding an endpoint or editing one. */
export function WebhookForm({ idPrefix, initial, submitLabel, offerDeploymentWide, onSubmit, onCancel }: Props) {
  const [url, setUrl] = useState(initial?.url ?? "");
  const [events, setEvents] = useState<WebhookEventType[]>(initial?.events ?? DEFAULT_EVENTS);
  const [format, setFormat] = useState<WebhookFormat>(initial?.format ?? DEFAULT_WEBHOOK_FORMAT);
  const [deploymentWide, setDeploymentWide] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ url: url.trim(), events, format, deploymentWide });
      if (!initial) setUrl("");
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (type: WebhookEventType, on: boolean) =>
    setEvents((current) => (on ? [...current, type] : current.filter((listed) => listed !== type)));

  return (
    <form class="webhook-form" onSubmit={submit}>
      {error && <Notice tone="error">{error}</Notice>}
      <Field id={`${idPrefix}-url`} label={t("integrations.webhooks.url")} hint={t("integrations.webhooks.urlHint")}>
        <input
          id={`${idPrefix}-url`}
          type="url"
          required
          placeholder={EXAMPLE_URL}
          value={url}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
      </Field>
      <Field
        id={`${idPrefix}-format`}
        label={t("integrations.webhooks.format")}
        hint={t("integrations.webhooks.formatHint")}
      >
        <select
          id={`${idPrefix}-format`}
          value={format}
          onChange={(event) => setFormat(WEBHOOK_FORMATS.find((f) => f === event.currentTarget.value) ?? format)}
        >
          {WEBHOOK_FORMATS.map((option) => (
            <option key={option} value={option}>
              {t(FORMAT_LABELS[option])}
            </option>
          ))}
        </select>
      </Field>
      <fieldset class="webhook-events">
        <legend>{t("integrations.webhooks.events")}</legend>
        {PICKABLE.map((type) => (
          <Checkbox
            key={type}
            id={`${idPrefix}-${type}`}
            label={type}
            checked={events.includes(type)}
            onChange={(on) => toggle(type, on)}
          />
        ))}
      </fieldset>
      {offerDeploymentWide && (
        <Checkbox
          id={`${idPrefix}-deployment`}
          label={t("integrations.webhooks.deploymentWideOption")}
          checked={deploymentWide}
          onChange={setDeploymentWide}
        />
      )}
      <div class="webhook-actions">
        <button type="submit" disabled={busy || events.length === 0}>
          {busy ? t("integrations.webhooks.saving") : submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="button-secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
