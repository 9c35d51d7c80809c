import { useState } from "preact/hooks";
import type { Secret, SecretGroup } from "../../../../protocol/api";
import type { SecretStatus } from "../../../../protocol/enums";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Notice } from "../../components/Notice";
import { ApiError } from "../../lib/api";
import { burnSecret, burnSecretGroup } from "../../lib/api-routes";
import { type MessageKey, t } from "../../lib/i18n";
import { formatCount } from "../../lib/local-time";
import { useConfirmedAction } from "../../lib/use-confirmed-action";
import { useLiveFeed } from "../../lib/use-live-feed";
import { CreateSecretDialog } from "../Create";
import { GroupSection } from "./GroupSection";
import { SecretCard, STATUS_LABELS } from "./SecretCard";
import { useGroupList } from "./use-group-list";
import { type StatusTab, useSecretList } from "./use-secret-list";
import "./style.css";

export default function SecretsPage() {
  const [creating, setCreating] = useState(false);
  const [tab, setTab] = useState<StatusTab>("all");
  const [search, setSearch] = useState("");
  const list = useSecretList(tab, search);
  const groups = useGroupList();
  // One socket for the whole page: either list may be what changed.
  useLiveFeed(() => {
    list.changed();
    groups.changed();
  });
  const burn = useConfirmedAction((secret: Secret) =>
    secret.groupId
      ? burnFromList(secret, groups.changed, groups.changed)
      : burnFromList(secret, list.markBurned, list.refresh),
  );
  const burnAll = useConfirmedAction(async (group: SecretGroup) => {
    // Links opened or expired meanwhile stay as they ended; the rest are burned (PROTOCOL 8.2).
    await burnSecretGroup(group.id);
    groups.markBurned(group.id);
  });

  return (
    <>
      <div class="page-heading">
        <h1>{t("common.page.secrets")}</h1>
        <button type="button" onClick={() => setCreating(true)}>
          {t("secrets.list.create")}
        </button>
      </div>
      <CreateSecretDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={list.add}
        onGroupCreated={groups.add}
      />
      <GroupSection groups={groups} onBurnAll={burnAll.ask} onBurnLink={burn.ask} />

      <section class="secret-section" aria-labelledby="your-secrets" aria-busy={!list.loaded}>
        <div class="secret-section-heading">
          <h2 id="your-secrets">{t("secrets.list.heading")}</h2>
          <input
            type="search"
            class="secret-search"
            aria-label={t("secrets.list.search")}
            placeholder={t("secrets.list.search")}
            value={search}
            onInput={(event) => setSearch(event.currentTarget.value)}
          />
        </div>
        <StatusTabs tab={tab} counts={list.counts} onChange={setTab} />
        {list.error && <Notice tone="error">{list.error}</Notice>}
        {!list.loaded && !list.error && <p class="lead">{t("secrets.list.loading")}</p>}
        {list.loaded && list.items.length === 0 && (
          <p class="lead secret-empty">
            {search.trim()
              ? t("secrets.list.noMatch", { search: search.trim() })
              : tab === "all"
                ? t(groups.groups.length > 0 ? "secrets.list.onlyGroups" : "secrets.list.empty")
                : t(EMPTY_TABS[tab])}
          </p>
        )}
        <ul class="secret-list">
          {list.items.map((secret) => (
            <li key={secret.id}>
              <SecretCard secret={secret} link={list.links[secret.id]} onBurn={burn.ask} />
            </li>
          ))}
        </ul>
        {list.nextCursor && (
          <button type="button" class="button-secondary" disabled={list.loadingMore} onClick={list.loadMore}>
            {list.loadingMore ? t("secrets.list.loadingMore") : t("secrets.list.loadMore")}
          </button>
        )}
      </section>

      <ConfirmDialog
        open={burn.target !== null}
        title={t("secrets.burn.title")}
        message={t("secrets.burn.message")}
        confirmLabel={t("secrets.burn.confirm")}
        busy={burn.busy}
        error={burn.error}
        onConfirm={burn.confirm}
        onCancel={burn.cancel}
      />
      <ConfirmDialog
        open={burnAll.target !== null}
        title={t("secrets.burnAll.title")}
        message={t("secrets.burnAll.message")}
        confirmLabel={t("secrets.burnAll.confirm")}
        busy={burnAll.busy}
        error={burnAll.error}
        onConfirm={burnAll.confirm}
        onCancel={burnAll.cancel}
      />
    </>
  );
}

const TABS: StatusTab[] = ["all", "active", "viewed", "expired", "burned"];

/** What a filter with nothing in it says. */
const EMPTY_TABS: Record<SecretStatus, MessageKey> = {
  active: "secrets.list.emptyActive",
  viewed: "secrets.list.emptyViewed",
  expired: "secrets.list.emptyExpired",
  burned: "secrets.list.emptyBurned",
};

/** One button per status, with how many secrets are in it; the pressed one filters the list. */
function StatusTabs({
  tab,
  counts,
  onChange,
}: {
  tab: StatusTab;
  counts: Record<Secret["status"], number> | null;
  onChange: (tab: StatusTab) => void;
}) {
  const total = counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : null;
  return (
    <fieldset class="status-tabs">
      <legend class="visually-hidden">{t("secrets.list.byStatus")}</legend>
      {TABS.map((name) => {
        const count = name === "all" ? total : (counts?.[name] ?? null);
        return (
          <button
            key={name}
            type="button"
            class="status-tab"
            aria-pressed={tab === name}
            onClick={() => onChange(name)}
          >
            {name === "all" ? t("secrets.list.all") : t(STATUS_LABELS[name])}
            {count !== null && <span class="status-tab-count"> {formatCount(count)}</span>}
          </button>
        );
      })}
    </fieldset>
  );
}

/** DELETE answers 404 for a secret viewed, expired or burned meanwhile; the refresh then shows which. */
async function burnFromList(secret: Secret, markBurned: (id: string) => void, refresh: () => void) {
  try {
    await burnSecret(secret.id);
    markBurned(secret.id);
  } catch (caught) {
    if (!(caught instanceof ApiError && caught.status === 404)) throw caught;
    refresh();
    throw new ApiError(404, caught.code, t("secrets.burn.tooLate"));
  }
}
