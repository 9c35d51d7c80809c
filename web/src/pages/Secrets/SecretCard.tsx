import type { OwnedSecret, Secret, SecretView } from "../../../../protocol/api";
import { Countdown } from "../../components/Countdown";
import { formatLocalTime } from "../../lib/local-time";
import { ShareLink } from "./ShareLink";

export const STATUS_LABELS: Record<Secret["status"], string> = {
  active: "Active",
  viewed: "Viewed",
  expired: "Expired",
  burned: "Burned",
};

interface SecretCardProps {
  secret: OwnedSecret;
  /** The full link with its key, when this browser created the secret. */
  link: string | undefined;
  onBurn: (secret: Secret) => void;
}

/** One secret: a row of the table on a wide screen, a card on a phone (style.css decides). */
export function SecretCard({ secret, link, onBurn }: SecretCardProps) {
  const nameId = `secret-${secret.id}-name`;
  const active = secret.status === "active";
  return (
    <article class={`secret-card secret-${secret.status}`} aria-labelledby={nameId}>
      <div class="secret-main">
        <h3 id={nameId} class={secret.name ? undefined : "secret-untitled"}>
          {secret.name ?? "Untitled"}
        </h3>
        <OptionTags secret={secret} />
      </div>
      <span class={`badge badge-${secret.status}`}>{STATUS_LABELS[secret.status]}</span>
      <p class="secret-views">
        Views: {secret.views} of {secret.maxViews}
      </p>
      <p class="secret-expiry">
        {active ? (
          <>
            Expires <Countdown until={secret.expiresAt} />
          </>
        ) : (
          `${secret.status === "expired" ? "Expired" : "Created"} ${formatLocalTime(secret.status === "expired" ? secret.expiresAt : secret.createdAt)}`
        )}
      </p>
      <Viewers views={secret.recentViews} total={secret.views} />
      <div class="secret-actions">
        {active ? (
          <ShareLink secret={secret} link={link} onBurn={onBurn} />
        ) : (
          <p class="hint secret-ended">{endedNote(secret)}</p>
        )}
      </div>
    </article>
  );
}

/** Every option the secret was made with, one tag each. */
function OptionTags({ secret }: { secret: Secret }) {
  const tags = [
    secret.passphrase && "Passphrase",
    secret.requireLogin && "Login required",
    secret.recipientEmail && `For ${secret.recipientEmail}`,
    secret.notifyOnView && "Notifies you",
  ].filter((tag): tag is string => typeof tag === "string");
  if (tags.length === 0) return null;
  return (
    <ul class="secret-tags" aria-label="Options">
      {tags.map((tag) => (
        <li key={tag} class="secret-tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}

export function Viewers({ views, total }: { views: SecretView[]; total: number }) {
  if (total === 0) return <p class="secret-viewers hint">Not viewed yet</p>;
  return (
    <ul class="secret-viewers" aria-label="Who viewed it">
      {views.map((view, index) => (
        <li key={`${view.at}-${index}`} class="secret-viewer">
          <span class={view.viewer ? "secret-viewer-name" : "secret-viewer-name secret-unknown"}>
            {view.viewer ?? "Unknown"}
          </span>{" "}
          <span class="secret-viewer-meta">
            {[place(view), view.device].filter(Boolean).join(" · ") || "unknown location"} · {formatLocalTime(view.at)}
          </span>
        </li>
      ))}
      {/* Views the audit log has not delivered yet, or beyond the 10 listed. */}
      {total > views.length && (
        <li class="secret-viewer hint">
          {views.length === 0
            ? `${total} view${total === 1 ? "" : "s"}: details arriving…`
            : `and ${total - views.length} more (Audit Logs)`}
        </li>
      )}
    </ul>
  );
}

const place = (view: SecretView) => [view.city, view.country].filter(Boolean).join(", ");

function endedNote(secret: Secret): string {
  if (secret.status === "viewed") return "All views are used; the secret is deleted.";
  if (secret.status === "expired") return "It expired unopened; the secret is deleted.";
  return "Burned; nobody can open it.";
}
