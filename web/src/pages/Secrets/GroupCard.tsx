import type { OwnedSecret, Secret, SecretGroup } from "../../../../protocol/api";
import { Countdown } from "../../components/Countdown";
import { formatLocalTime } from "../../lib/local-time";
import { STATUS_LABELS, Viewers } from "./SecretCard";
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
          {group.name ?? "Untitled"}
        </h3>
        <p class="hint group-summary">{summary(group)}</p>
        {active > 0 && (
          <button type="button" class="button-danger-outline" onClick={() => onBurnAll(group)}>
            Burn all
          </button>
        )}
      </div>
      <p class="hint">
        {active > 0 ? (
          <>
            Expires <Countdown until={group.expiresAt} />
          </>
        ) : (
          `Created ${formatLocalTime(group.createdAt)}`
        )}
      </p>
      <ul class="group-recipients" aria-label="Recipients">
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
  const recipient = link.recipientEmail ?? `Link ${index + 1}`;
  return (
    <section class={`group-recipient secret-${link.status}`} aria-label={recipient}>
      <p class="group-recipient-name">{recipient}</p>
      <span class={`badge badge-${link.status}`}>{STATUS_LABELS[link.status]}</span>
      <p class="group-recipient-views">
        Views: {link.views} of {link.maxViews}
      </p>
      <Viewers views={link.recentViews} total={link.views} />
      {link.status === "active" && <ShareLink secret={link} link={fullLink} onBurn={onBurn} />}
    </section>
  );
}

/** "3 links · 1 viewed · 2 active": where the group stands, at a glance. */
function summary(group: SecretGroup): string {
  const byStatus = new Map<string, number>();
  for (const link of group.links) byStatus.set(link.status, (byStatus.get(link.status) ?? 0) + 1);
  const parts = (["active", "viewed", "expired", "burned"] as const)
    .filter((status) => byStatus.has(status))
    .map((status) => `${byStatus.get(status)} ${STATUS_LABELS[status].toLowerCase()}`);
  return [`${group.links.length} links`, ...parts].join(" · ");
}
