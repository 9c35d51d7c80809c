import type { OwnedSecret, Secret, SecretGroup } from "../../../../protocol/api";
import { SECRET_STATUSES, type SecretStatus } from "../../../../protocol/enums";
import { type MessageKey, t } from "../../lib/i18n";
import { formatLocalTime } from "../../lib/local-time";
import { Expires, STATUS_LABELS, Viewers } from "./SecretCard";
import { ShareLink } from "./ShareLink";

interface GroupCardProps {
  group: SecretGroup;
  /** Full links with their keys, by secret id, for the links this browser created. */
  links: Record<string, string>;
  onBurnAll: (group: SecretGroup) => void;
  onBurnLink: (secret: Secret) => void;
}

/** One secret for many recipients, as one item: every recipient's status, views and viewer. */
export function GroupCard({ group, links, onBurnAll, onBurnLink }: GroupCardProps) {
  const nameId = `group-${group.id}-name`;
  const active = group.links.filter((link) => link.status === "active").length;
  return (
    <article class="group-card" aria-labelledby={nameId}>
      <div class="group-heading">
        <h3 id={nameId} class={group.name ? undefined : "secret-untitled"}>
          {group.name ?? t("secrets.card.untitled")}
        </h3>
        <p class="hint group-summary">{summary(group)}</p>
        {active > 0 && (
          <button type="button" class="button-danger-outline" onClick={() => onBurnAll(group)}>
            {t("secrets.burnAll.confirm")}
          </button>
        )}
      </div>
      <p class="hint">
        {active > 0 ? (
          <Expires until={group.expiresAt} />
        ) : (
          t("secrets.card.createdAt", { date: formatLocalTime(group.createdAt) })
        )}
      </p>
      <ul class="group-recipients" aria-label={t("secrets.group.recipients")}>
        {group.links.map((link, k) => (
          <li key={link.id}>
            <RecipientRow link={link} index={k} fullLink={links[link.id]} onBurn={onBurnLink} />
          </li>
        ))}
      </ul>
    </article>
  );
}

interface RecipientRowProps {
  link: OwnedSecret;
  index: number;
  fullLink: string | undefined;
  onBurn: (secret: Secret) => void;
}

function RecipientRow({ link, index, fullLink, onBurn }: RecipientRowProps) {
  const recipient = link.recipientEmail ?? t("secrets.group.link", { number: index + 1 });
  return (
    <section class={`group-recipient secret-${link.status}`} aria-label={recipient}>
      <p class="group-recipient-name">{recipient}</p>
      <span class={`badge badge-${link.status}`}>{t(STATUS_LABELS[link.status])}</span>
      <p class="group-recipient-views">{t("secrets.card.views", { views: link.views, maxViews: link.maxViews })}</p>
      <Viewers views={link.recentViews} total={link.views} />
      {link.status === "active" && <ShareLink secret={link} link={fullLink} onBurn={onBurn} />}
    </section>
  );
}

/** "2 active", "1 viewed": one part of a group's summary per status. */
const STATUS_COUNTS: Record<SecretStatus, MessageKey> = {
  active: "secrets.group.active",
  viewed: "secrets.group.viewed",
  expired: "secrets.group.expired",
  burned: "secrets.group.burned",
};

/** "3 links · 1 viewed · 2 active": where the group stands, at a glance. */
function summary(group: SecretGroup): string {
  const byStatus = new Map<SecretStatus, number>();
  for (const link of group.links) byStatus.set(link.status, (byStatus.get(link.status) ?? 0) + 1);
  const parts = SECRET_STATUSES.flatMap((status) => {
    const count = byStatus.get(status);
    return count === undefined ? [] : [t(STATUS_COUNTS[status], { count })];
  });
  return [t("secrets.group.links", { count: group.links.length }), ...parts].join(" · ");
}
