// One request in the requester's list: its terms, who answered (address, device, time), and each answer
// opened once with the key this browser holds.
import { useState } from "preact/hooks";
import type { OwnedRequest, RequestResponse } from "../../../../protocol/api";
import { CopyField } from "../../components/CopyField";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { formatLocalTime } from "../../lib/local-time";
import { openRequestResponse } from "./open-response";

const STATUS_LABELS: Record<OwnedRequest["status"], string> = {
  open: "Open",
  answered: "Answered",
  closed: "Closed",
  expired: "Expired",
};

interface RequestCardProps {
  request: OwnedRequest;
  hasKey: boolean;
  onClose: (request: OwnedRequest) => void;
}

export function RequestCard({ request, hasKey, onClose }: RequestCardProps) {
  const nameId = `request-${request.id}`;
  return (
    <article class={`card request-card request-${request.status}`} aria-labelledby={nameId}>
      <div class="request-head">
        <h3 id={nameId}>{request.name}</h3>
        <span class={`badge badge-request-${request.status}`}>{STATUS_LABELS[request.status]}</span>
      </div>
      <p class="hint">
        {request.responseCount} of {request.maxResponses} responses · open until {formatLocalTime(request.expiresAt)}
      </p>
      {request.status === "open" && (
        <div class="request-actions">
          <button type="button" class="button-secondary" onClick={() => onClose(request)}>
            Close request
          </button>
        </div>
      )}
      {!hasKey && request.responses.some((r) => r.status === "active") && (
        <p class="hint">This browser has no key for this request: open your inbox link here to read the answers.</p>
      )}
      {request.responses.length === 0 ? (
        <p class="hint">No response yet</p>
      ) : (
        <ul class="request-responses" aria-label="Responses">
          {request.responses.map((response) => (
            <ResponseRow key={response.id} request={request} response={response} hasKey={hasKey} />
          ))}
        </ul>
      )}
    </article>
  );
}

function responderOf(response: RequestResponse): string {
  const { email, ip, city, country, device } = response.responder;
  const where = [city, country].filter(Boolean).join(", ");
  return [email ?? "Unknown (no account)", ip, where, device].filter(Boolean).join(" · ");
}

function ResponseRow({
  request,
  response,
  hasKey,
}: {
  request: OwnedRequest;
  response: RequestResponse;
  hasKey: boolean;
}) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function open() {
    setBusy(true);
    setError(null);
    try {
      setText(await openRequestResponse(request, response));
    } catch (caught) {
      setError(caught instanceof Error && !("status" in caught) ? caught.message : errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="request-response">
      <p class="request-responder">
        <span>{responderOf(response)}</span>
        <span class="hint"> · {formatLocalTime(response.createdAt)}</span>
      </p>
      {error && <Notice tone="error">{error}</Notice>}
      {text !== null ? (
        <CopyField
          id={`response-${response.id}`}
          label="The secret"
          value={text}
          copyLabel="Copy"
          rows={Math.min(8, text.split("\n").length + 1)}
          code
          hint="Shown once: it is now deleted from the server."
        />
      ) : response.status === "active" ? (
        <button type="button" disabled={busy || !hasKey} onClick={open}>
          {busy ? "Opening…" : "Open once"}
        </button>
      ) : (
        <p class="hint">{response.status === "viewed" ? "Opened" : `Not openable (${response.status})`}</p>
      )}
    </li>
  );
}
