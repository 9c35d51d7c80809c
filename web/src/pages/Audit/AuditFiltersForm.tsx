import { Checkbox } from "../../components/Checkbox";
import { Field } from "../../components/Field";
import { type MessageKey, t } from "../../lib/i18n";
import type { AuditFilters } from "./audit-filters";
import { ACTION_LABELS, RESOURCE_TYPE_FILTERS, RESULT_LABELS } from "./audit-labels";

interface AuditFiltersFormProps {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
  /** Admins may read every account's events. */
  isAdmin: boolean;
}

const ACTIONS = Object.entries(ACTION_LABELS) as [string, MessageKey][];
const RESOURCE_TYPES = Object.entries(RESOURCE_TYPE_FILTERS) as [string, MessageKey][];
const RESULTS = Object.entries(RESULT_LABELS) as [string, MessageKey][];

/** Each change applies at once; there is nothing to submit. */
export function AuditFiltersForm({ filters, onChange, isAdmin }: AuditFiltersFormProps) {
  const set = (change: Partial<AuditFilters>) => onChange({ ...filters, ...change });
  return (
    <form class="audit-filters" aria-label={t("audit.filters")} onSubmit={(event) => event.preventDefault()}>
      <Field id="audit-action" label={t("audit.filter.action")}>
        <select id="audit-action" value={filters.action} onChange={(e) => set({ action: e.currentTarget.value })}>
          <option value="">{t("audit.filter.allActions")}</option>
          {ACTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-resource-type" label={t("audit.filter.resourceType")}>
        <select
          id="audit-resource-type"
          value={filters.resourceType}
          onChange={(e) => set({ resourceType: e.currentTarget.value })}
        >
          <option value="">{t("audit.filter.allTypes")}</option>
          {RESOURCE_TYPES.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-result" label={t("audit.filter.result")}>
        <select id="audit-result" value={filters.result} onChange={(e) => set({ result: e.currentTarget.value })}>
          <option value="">{t("audit.filter.allResults")}</option>
          {RESULTS.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-from" label={t("audit.filter.from")}>
        <input
          id="audit-from"
          type="date"
          max={filters.to || undefined}
          value={filters.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
      </Field>
      <Field id="audit-to" label={t("audit.filter.to")}>
        <input
          id="audit-to"
          type="date"
          min={filters.from || undefined}
          value={filters.to}
          onChange={(e) => set({ to: e.currentTarget.value })}
        />
      </Field>
      {isAdmin && (
        <Checkbox
          id="audit-all-accounts"
          label={t("audit.filter.allAccounts")}
          hint={t("audit.filter.allAccountsHint")}
          checked={filters.allAccounts}
          onChange={(allAccounts) => set({ allAccounts })}
        />
      )}
    </form>
  );
}
