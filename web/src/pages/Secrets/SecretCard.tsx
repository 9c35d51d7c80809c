import type { ComponentChild } from "preact";
import type { OwnedSecret, Secret, SecretView } from "../../../../protocol/api";
import type { SecretStatus } from "../../../../protocol/enums";
import { Countdown } from "../../components/Countdown";
import { type MessageKey, t } from "../../lib/i18n";
import { tRich } from "../../lib/i18n-rich";
import { formatLocalTime } from "../../lib/local-time";
import { ShareLink } from "./ShareLink";

export const STATUS_LABELS: Record<SecretStatus, MessageKey> = {
  active: "secrets.status.active",
  viewed: "secrets.status.viewed",
  expired: "secrets.status.expired",
  burned: "secrets.status.burned",
};

/** "Expires in 3h 05m": the sentence around the ticking countdown. */
export function Expires({ until }: { until: string }) {
  return <>{tRich("secrets.card.expires", { countdown: () => <Countdown until={until} /> })}</>;
}

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
          {secret.name ?? t("secrets.card.untitled")}
        </h3>
        <OptionTags secret={secret} />
      </div>
      <span class={`badge badge-${secret.status}`}>{t(STATUS_LABELS[secret.status])}</span>
      <p class="secret-views">{t("secrets.card.views", { views: secret.views, maxViews: secret.maxViews })}</p>
      <p class="secret-expiry">
        {active ? (
          <Expires until={secret.expiresAt} />
        ) : secret.status === "expired" ? (
          t("secrets.card.expiredAt", { date: formatLocalTime(secret.expiresAt) })
        ) : (
          t("secrets.card.createdAt", { date: formatLocalTime(secret.createdAt) })
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
  const { recipientEmail } = secret;
  const tags: [string, ComponentChild][] = [];
  if (secret.passphrase) tags.push(["passphrase", t("secrets.card.passphrase")]);
  if (secret.requireLogin) tags.push(["login", t("secrets.card.loginRequired")]);
  // The address in its own direction: a right-to-left sentence keeps it whole.
  if (recipientEmail) {
    tags.push(["for", tRich("secrets.card.forRecipient", { email: (s) => <bdi>{s}</bdi> }, { email: recipientEmail })]);
  }
  if (secret.notifyOnView) tags.push(["notify", t("secrets.card.notifies")]);
  if (tags.length === 0) return null;
  return (
    <ul class="secret-tags" aria-label={t("secrets.card.options")}>
      {tags.map(([name, tag]) => (
        <li key={name} class="secret-tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}

export function Viewers({ views, total }: { views: SecretView[]; total: number }) {
  if (total === 0) return <p class="secret-viewers hint">{t("secrets.viewers.none")}</p>;
  return (
    <ul class="secret-viewers" aria-label={t("secrets.viewers.label")}>
      {views.map((view, index) => (
        <li key={`${view.at}-${index}`} class="secret-viewer">
          <span class={view.viewer ? "secret-viewer-name" : "secret-viewer-name secret-unknown"}>
            {view.viewer ?? t("secrets.viewers.unknown")}
          </span>{" "}
          <span class="secret-viewer-meta">
            {[place(view), view.device].filter(Boolean).join(" · ") || t("secrets.viewers.unknownPlace")} ·{" "}
            {formatLocalTime(view.at)}
          </span>
        </li>
      ))}
      {/* Views the audit log has not delivered yet, or beyond the 10 listed. */}
      {total > views.length && (
        <li class="secret-viewer hint">
          {views.length === 0
            ? t("secrets.viewers.arriving", { count: total })
            : t("secrets.viewers.more", { count: total - views.length })}
        </li>
      )}
    </ul>
  );
}

const place = (view: SecretView) => [view.city, view.country].filter(Boolean).join(", ");

function endedNote(secret: Secret): string {
  if (secret.status === "viewed") return t("secrets.card.endedViewed");
  if (secret.status === "expired") return t("secrets.card.endedExpired");
  return t("secrets.card.endedBurned");
}
