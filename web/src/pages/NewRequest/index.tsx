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
import { keepRequestKey } from "../../lib/request-keys";
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
        <h1>Your request is ready</h1>
        <div class="card request-created">
          {created.postedToSlack === true && (
            <Notice tone="success">The request link is posted in the Slack channel you asked from.</Notice>
          )}
          {created.postedToSlack === false && (
            <Notice tone="warning">Slack did not take the request link. Copy it below and post it yourself.</Notice>
          )}
          <CopyField
            id="request-link"
            label="Request link"
            value={created.link}
            copyLabel="Copy link"
            hint="Send this to the person who has the secret. They need no account; what they type is encrypted in their browser to a key only you hold."
          />
          <CopyField
            id="inbox-link"
            label="Inbox link (shown once)"
            value={created.inboxLink}
            copyLabel="Copy inbox link"
            code
            hint="Your private key is kept in this browser. To open the answer on another device, open this link there. Never send it to anyone: it opens the answers."
          />
          <p>
            <a href="/requests">See your requests</a>
          </p>
        </div>
      </>
    );
  }

  return (
    <>
      <h1>{slackToken ? "Finish your request from Slack" : "New request"}</h1>
      <p class="lead">
        {slackToken
          ? "Your browser makes the key that opens the answer; then the request link is posted in the Slack channel you asked from. Only this browser (and your inbox link) can open the answer."
          : "Ask someone for a secret. Only this browser (and your inbox link) can open the answer."}
      </p>
      <form class="card request-form" onSubmit={submit}>
        {error && <Notice tone="error">{error}</Notice>}
        <Field id="request-name" label="What do you need?" hint="Shown to the responder, e.g. Staging DB password">
          <input
            id="request-name"
            required
            maxLength={MAX_NAME_LENGTH}
            value={draft.name}
            onInput={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
          />
        </Field>
        <Field id="request-note" label="Note to the responder (optional)">
          <textarea
            id="request-note"
            rows={3}
            maxLength={MAX_REQUEST_NOTE_LENGTH}
            value={draft.note}
            onInput={(event) => setDraft({ ...draft, note: event.currentTarget.value })}
          />
        </Field>
        <div class="request-form-row">
          <Field id="request-expiry" label="Open for">
            <select
              id="request-expiry"
              value={String(draft.expiresIn)}
              onChange={(event) => setDraft({ ...draft, expiresIn: Number(event.currentTarget.value) })}
            >
              {EXPIRY_PRESETS.map((preset) => (
                <option key={preset.seconds} value={String(preset.seconds)}>
                  {preset.label}
                </option>
              ))}
            </select>
          </Field>
          <Field id="request-responses" label="Responses accepted">
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
          <input type="checkbox" checked={notify} onChange={(event) => setNotify(event.currentTarget.checked)} /> Email
          me when someone responds
        </label>
        <button type="submit" disabled={busy}>
          {busy ? "Creating…" : slackToken ? "Finish request" : "Create request"}
        </button>
      </form>
    </>
  );
}
