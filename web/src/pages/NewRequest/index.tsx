// "New request": the key pair is made here, only its public half is sent (PROTOCOL 9). The private half is
// kept in this browser (IndexedDB, not extractable) and shown once inside the inbox link, for another device.
import { useState } from "preact/hooks";
import type { SecretRequest } from "../../../../protocol/api";
import {
  EXPIRY_PRESETS,
  MAX_NAME_LENGTH,
  MAX_REQUEST_NOTE_LENGTH,
  MAX_REQUEST_RESPONSES,
} from "../../../../protocol/limits";
import { newRequestKeyPair, publicKeyCheck } from "../../../../protocol/request-crypto";
import { CopyField } from "../../components/CopyField";
import { Field } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { createRequest, finishSlackRequest } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { keepRequestKey } from "../../lib/request-keys";
import { durationLabel } from "../Create/wording";
import { draftFrom, slackTokenFrom } from "./prefill";
import "../Requests/style.css";

interface Created {
  request: SecretRequest;
  link: string;
  inboxLink: string;
  /** Finished from a Slack command: whether the link was posted in its channel. */
  postedToSlack?: boolean;
}

export default function NewRequestPage() {
  const [draft, setDraft] = useState(() => draftFrom(location.search));
  // From Slack's "finish your request" link: the one-time token in the fragment, never sent in a URL.
  const [slackToken] = useState(() => slackTokenFrom(location.hash));
  const [notify, setNotify] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const keys = await newRequestKeyPair();
      const body = {
        name: draft.name.trim(),
        note: draft.note.trim() || undefined,
        publicKey: keys.publicKey,
        expiresIn: draft.expiresIn,
        maxResponses: draft.responses,
        notifyOnResponse: notify,
      };
      const { request, postedToSlack } = slackToken
        ? await finishSlackRequest({ ...body, slackToken })
        : { ...(await createRequest(body)), postedToSlack: undefined };
      await keepRequestKey(request.id, keys.privateKey, keys.publicKey);
      // The token is used up: a reload must not offer it again.
      if (slackToken) history.replaceState(null, "", location.pathname + location.search);
      setCreated({
        request,
        link: `${request.url}#${await publicKeyCheck(keys.publicKey)}`,
        inboxLink: `${location.origin}/requests/${request.id}#${keys.privateKey}`,
        postedToSlack,
      });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    return (
      <>
        <h1>{t("create.request.ready")}</h1>
        <div class="card request-created">
          {created.postedToSlack === true && <Notice tone="success">{t("create.request.slackPosted")}</Notice>}
          {created.postedToSlack === false && <Notice tone="warning">{t("create.request.slackFailed")}</Notice>}
          <CopyField
            id="request-link"
            label={t("create.request.link")}
            value={created.link}
            copyLabel={t("create.created.copyLink")}
            hint={t("create.request.linkHint")}
          />
          <CopyField
            id="inbox-link"
            label={t("create.request.inbox")}
            value={created.inboxLink}
            copyLabel={t("create.request.copyInbox")}
            code
            hint={t("create.request.inboxHint")}
          />
          <p>
            <a href="/requests">{t("create.request.seeAll")}</a>
          </p>
        </div>
      </>
    );
  }

  return (
    <>
      <h1>{t(slackToken ? "create.request.titleSlack" : "common.page.newRequest")}</h1>
      <p class="lead">{t(slackToken ? "create.request.leadSlack" : "create.request.lead")}</p>
      <form class="card request-form" onSubmit={submit}>
        {error && <Notice tone="error">{error}</Notice>}
        <Field id="request-name" label={t("create.request.name")} hint={t("create.request.nameHint")}>
          <input
            id="request-name"
            required
            maxLength={MAX_NAME_LENGTH}
            value={draft.name}
            onInput={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
          />
        </Field>
        <Field id="request-note" label={t("create.request.note")}>
          <textarea
            id="request-note"
            rows={3}
            maxLength={MAX_REQUEST_NOTE_LENGTH}
            value={draft.note}
            onInput={(event) => setDraft({ ...draft, note: event.currentTarget.value })}
          />
        </Field>
        <div class="request-form-row">
          <Field id="request-expiry" label={t("create.request.expiry")}>
            <select
              id="request-expiry"
              value={String(draft.expiresIn)}
              onChange={(event) => setDraft({ ...draft, expiresIn: Number(event.currentTarget.value) })}
            >
              {EXPIRY_PRESETS.map((preset) => (
                <option key={preset.seconds} value={String(preset.seconds)}>
                  {durationLabel(preset.seconds)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="request-responses" label={t("create.request.responses")}>
            <input
              id="request-responses"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_REQUEST_RESPONSES}
              required
              value={String(draft.responses)}
              onInput={(event) => setDraft({ ...draft, responses: Number(event.currentTarget.value) })}
            />
          </Field>
        </div>
        <label class="request-check">
          <input type="checkbox" checked={notify} onChange={(event) => setNotify(event.currentTarget.checked)} />{" "}
          {t("create.request.notify")}
        </label>
        <button type="submit" disabled={busy}>
          {busy ? t("create.form.creating") : t(slackToken ? "create.request.submitSlack" : "create.request.submit")}
        </button>
      </form>
    </>
  );
}
