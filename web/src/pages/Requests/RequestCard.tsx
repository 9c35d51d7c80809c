// One request in the requester's list: its terms, who answered (address, device, time), and each answer
// opened once with the key this browser holds.
import { useState } from "preact/hooks";
import type { OwnedRequest, RequestResponse } from "../../../../protocol/api";
import type { RequestStatus, SecretStatus } from "../../../../protocol/enums";
import { CopyField } from "../../components/CopyField";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { type MessageKey, t } from "../../lib/i18n";
import { formatLocalTime } from "../../lib/local-time";
import { openRequestResponse } from "./open-response";

const STATUS_LABELS: Record<RequestStatus, MessageKey> = {
  open: "secrets.requests.statusOpen",
  answered: "secrets.requests.statusAnswered",
  closed: "secrets.requests.statusClosed",
  expired: "secrets.requests.statusExpired",
};

/** A response that can no longer be opened here, by its secret's status. */
const ENDED_LABELS: Record<Exclude<SecretStatus, "active">, MessageKey> = {
  viewed: "secrets.requests.opened",
  expired: "secrets.requests.notOpenableExpired",
  burned: "secrets.requests.notOpenableBurned",
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
        <span class={`badge badge-request-${request.status}`}>{t(STATUS_LABELS[request.status])}</span>
      </div>
      <p class="hint">
        {t("secrets.requests.progress", {
          count: request.responseCount,
          max: request.maxResponses,
          date: formatLocalTime(request.expiresAt),
        })}
      </p>
      {request.status === "open" && (
        <div class="request-actions">
          <button type="button" class="button-secondary" onClick={() => onClose(request)}>
            {t("secrets.requests.close")}
          </button>
        </div>
      )}
      {!hasKey && request.responses.some((r) => r.status === "active") && (
        <p class="hint">{t("secrets.requests.noKey")}</p>
      )}
      {request.responses.length === 0 ? (
        <p class="hint">{t("secrets.requests.noResponse")}</p>
      ) : (
        <ul class="request-responses" aria-label={t("secrets.requests.responses")}>
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
  return [email ?? t("secrets.requests.anonymous"), ip, where, device].filter(Boolean).join(" · ");
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
          label={t("secrets.requests.secret")}
          value={text}
          copyLabel={t("secrets.requests.copy")}
          rows={Math.min(8, text.split("\n").length + 1)}
          code
          hint={t("secrets.requests.shownOnce")}
        />
      ) : response.status === "active" ? (
        <button type="button" disabled={busy || !hasKey} onClick={open}>
          {busy ? t("secrets.requests.opening") : t("secrets.requests.open")}
        </button>
      ) : (
        <p class="hint">{t(ENDED_LABELS[response.status])}</p>
      )}
    </li>
  );
}
