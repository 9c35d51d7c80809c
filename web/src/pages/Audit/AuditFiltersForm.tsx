import type { AuditAction } from "../../../../protocol/enums";
import { Checkbox } from "../../components/Checkbox";
import { Field } from "../../components/Field";
import type { AuditFilters } from "./audit-filters";
import { ACTION_LABELS, RESOURCE_TYPE_FILTERS } from "./audit-labels";

interface AuditFiltersFormProps {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
  /** Admins may read every account's events. */
  isAdmin: boolean;
}

const ACTIONS = Object.entries(ACTION_LABELS) as [AuditAction, string][];
const RESOURCE_TYPES = Object.entries(RESOURCE_TYPE_FILTERS);

/** Each change applies at once; there is nothing to submit. */
export function AuditFiltersForm({ filters, onChange, isAdmin }: AuditFiltersFormProps) {
  const set = (change: Partial<AuditFilters>) => onChange({ ...filters, ...change });
  return (
    <form class="audit-filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <Field id="audit-action" label="Action">
        <select id="audit-action" value={filters.action} onChange={(e) => set({ action: e.currentTarget.value })}>
          <option value="">All Actions</option>
          {ACTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-resource-type" label="Resource Type">
        <select
          id="audit-resource-type"
          value={filters.resourceType}
          onChange={(e) => set({ resourceType: e.currentTarget.value })}
        >
          <option value="">All Types</option>
          {RESOURCE_TYPES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-result" label="Result">
        <select id="audit-result" value={filters.result} onChange={(e) => set({ result: e.currentTarget.value })}>
          <option value="">All Results</option>
          <option value="success">Success</option>
          <option value="failure">Failure</option>
        </select>
      </Field>
      <Field id="audit-from" label="From">
        <input
          id="audit-from"
          type="date"
          max={filters.to || undefined}
          value={filters.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
      </Field>
      <Field id="audit-to" label="To">
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
          label="All accounts"
          hint="Every account's events, not only yours."
          checked={filters.allAccounts}
          onChange={(allAccounts) => set({ allAccounts })}
        />
      )}
    </form>
  );
}
