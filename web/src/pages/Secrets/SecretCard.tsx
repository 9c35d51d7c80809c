import type { Secret } from "../../../../protocol/api";
import { CopyField } from "../../components/CopyField";
import { Countdown } from "../../components/Countdown";
import { formatLocalTime } from "../../lib/local-time";

const STATUS_LABELS: Record<Secret["status"], string> = {
  active: "Active",
  viewed: "Viewed",
  expired: "Expired",
  burned: "Burned",
};

interface SecretCardProps {
  secret: Secret;
  /** The full link with its key, when this browser created the secret. */
  link: string | undefined;
  onBurn: (secret: Secret) => void;
}

export function SecretCard({ secret, link, onBurn }: SecretCardProps) {
  const nameId = `secret-${secret.id}-name`;
  const active = secret.status === "active";
  return (
    <article class="secret-card" aria-labelledby={nameId}>
      <div class="secret-card-top">
        <h3 id={nameId} class={secret.name ? undefined : "secret-untitled"}>
          {secret.name ?? "Untitled"}
        </h3>
        <span class={`badge badge-${secret.status}`}>{STATUS_LABELS[secret.status]}</span>
      </div>
      {(secret.recipientEmail || secret.notifyOnView) && (
        <p class="secret-tags">
          {secret.recipientEmail && <span class="secret-tag">For {secret.recipientEmail}</span>}
          {secret.notifyOnView && <span class="secret-tag">Notifies you</span>}
        </p>
      )}
      <div class="secret-facts">
        <p>
          <span class="secret-fact-label">Views:</span> {secret.views} of {secret.maxViews}
        </p>
        <p>
          <span class="secret-fact-label">Viewed at:</span>{" "}
          {secret.viewedAt ? formatLocalTime(secret.viewedAt) : "Not yet"}
        </p>
        <p>
          <span class="secret-fact-label">Created:</span> {formatLocalTime(secret.createdAt)}
        </p>
        <p>
          <span class="secret-fact-label">{secret.status === "expired" ? "Expired:" : "Expires:"}</span>{" "}
          {active ? (
            <>
              <Countdown until={secret.expiresAt} />{" "}
              <span class="secret-fact-aside">({formatLocalTime(secret.expiresAt)})</span>
            </>
          ) : (
            formatLocalTime(secret.expiresAt)
          )}
        </p>
      </div>
      {active ? (
        <CopyField
          id={`link-${secret.id}`}
          label="Share link"
          value={link ?? secret.url}
          copyLabel="Copy link"
          hint={link ? undefined : "The full link (with its key) is only on the device that created it."}
          actions={
            <button type="button" class="button-danger-outline secret-burn" onClick={() => onBurn(secret)}>
              Burn
            </button>
          }
        />
      ) : (
        <p class="hint secret-ended">{endedNote(secret)}</p>
      )}
    </article>
  );
}

function endedNote(secret: Secret): string {
  if (secret.status === "viewed") return "All views are used; the secret is deleted.";
  if (secret.status === "expired") return "It expired unopened; the secret is deleted.";
  return "Burned; nobody can open it.";
}
