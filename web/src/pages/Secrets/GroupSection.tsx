import type { Secret, SecretGroup } from "../../../../protocol/api";
import { Notice } from "../../components/Notice";
import { t } from "../../lib/i18n";
import { GroupCard } from "./GroupCard";
import type { GroupList } from "./use-group-list";

interface GroupSectionProps {
  groups: GroupList;
  onBurnAll: (group: SecretGroup) => void;
  onBurnLink: (secret: Secret) => void;
}

/** "Separate link per recipient" secrets, one item per group; shown once there is one. */
export function GroupSection({ groups, onBurnAll, onBurnLink }: GroupSectionProps) {
  if (groups.error) return <Notice tone="error">{groups.error}</Notice>;
  if (groups.groups.length === 0) return null;
  return (
    <section class="secret-section" aria-labelledby="your-groups">
      <div class="secret-section-heading">
        <h2 id="your-groups">{t("secrets.groups.heading")}</h2>
      </div>
      <ul class="group-list">
        {groups.groups.map((group) => (
          <li key={group.id}>
            <GroupCard group={group} links={groups.links} onBurnAll={onBurnAll} onBurnLink={onBurnLink} />
          </li>
        ))}
      </ul>
      {groups.nextCursor && (
        <button type="button" class="button-secondary" onClick={groups.loadMore}>
          {t("secrets.groups.loadMore")}
        </button>
      )}
    </section>
  );
}
