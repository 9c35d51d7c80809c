import { useEffect, useState } from "preact/hooks";
import { Notice } from "../../components/Notice";
import { t } from "../../lib/i18n";
import { useSession } from "../../lib/use-session";
import { AuditFiltersForm } from "./AuditFiltersForm";
import { AuditTable } from "./AuditTable";
import {
  type AuditFilters,
  activeFilterCount,
  addressOfFilters,
  auditSearch,
  filtersFromAddress,
  NO_FILTERS,
  rangeIsBackwards,
} from "./audit-filters";
import { ChainVerdictNotice } from "./ChainVerdictNotice";
import { useAuditLog } from "./use-audit-log";
import { useChainCheck } from "./use-chain-check";
import "./style.css";
import "./cards.css";

export default function AuditPage() {
  const { user } = useSession();
  const isAdmin = user?.role === "admin";
  const [filters, setFilters] = useState<AuditFilters>(() => filtersFromAddress(location.search));
  // On a phone the filters fold away behind their summary; a wide screen shows them open.
  const [filtersOpen] = useState(() => matchMedia("(min-width: 48rem)").matches);
  // The address follows the filters, replacing rather than pushing: Back leaves the page, not a filter.
  useEffect(() => {
    const address = `${location.pathname}${addressOfFilters(filters)}`;
    if (address !== `${location.pathname}${location.search}`) history.replaceState(history.state, "", address);
  }, [filters]);
  const search = auditSearch({ ...filters, allAccounts: isAdmin && filters.allAccounts }).toString();
  const log = useAuditLog(search);
  const chain = useChainCheck();
  const filtered = search !== "";
  const activeOn = activeFilterCount(filters);

  return (
    <>
      <div class="audit-heading">
        <h1>{t("common.page.audit")}</h1>
        <div class="audit-tools">
          {isAdmin && (
            <button type="button" class="button-secondary" disabled={chain.busy} onClick={chain.check}>
              {chain.busy ? t("audit.verifying") : t("audit.verify")}
            </button>
          )}
          {/* A plain download: the session cookie authenticates the GET, and the browser saves the file. */}
          <a class="button-link" href={`/api/audit/export${filtered ? `?${search}` : ""}`} download>
            {t("audit.export")}
          </a>
        </div>
      </div>
      <p class="lead">{t("audit.lead")}</p>
      {chain.error && <Notice tone="error">{chain.error}</Notice>}
      {chain.verdict && <ChainVerdictNotice verdict={chain.verdict} />}

      <details class="audit-filters-fold" open={filtersOpen}>
        <summary>{activeOn > 0 ? t("audit.filtersOn", { count: activeOn }) : t("audit.filters")}</summary>
        <AuditFiltersForm filters={filters} onChange={setFilters} isAdmin={isAdmin} />
      </details>
      <div class="audit-list-tools">
        {filtered && (
          <button type="button" class="button-quiet" onClick={() => setFilters(NO_FILTERS)}>
            {t("audit.clearFilters")}
          </button>
        )}
        <button type="button" class="button-quiet" disabled={log.loading} onClick={log.refresh}>
          {log.loading && log.loaded ? t("audit.refreshing") : t("audit.refresh")}
        </button>
      </div>
      {rangeIsBackwards(filters) && <Notice tone="warning">{t("audit.rangeBackwards")}</Notice>}
      {log.error && <Notice tone="error">{log.error}</Notice>}

      <section class="audit-section" aria-label={t("audit.events")}>
        {!log.loaded && !log.error && <p class="lead">{t("audit.loadingEvents")}</p>}
        {log.loaded && log.items.length === 0 && <p class="lead audit-empty">{t("audit.empty")}</p>}
        {log.items.length > 0 && <AuditTable events={log.items} busy={log.loading} />}
        {log.nextCursor && (
          <button type="button" class="button-secondary" disabled={log.loadingMore} onClick={log.loadMore}>
            {log.loadingMore ? t("audit.loadingMore") : t("audit.loadMore")}
          </button>
        )}
      </section>
    </>
  );
}
