// The filters of the Audit Logs page, and the query string they make for the list and the CSV export alike.
export interface AuditFilters {
  action: string;
  resourceType: string;
  result: string;
  /** yyyy-mm-dd from a date input, in the viewer's time zone; "" for no bound. */
  from: string;
  to: string;
  allAccounts: boolean;
}

export const NO_FILTERS: AuditFilters = {
  action: "",
  resourceType: "",
  result: "",
  from: "",
  to: "",
  allAccounts: false,
};

/** The API's filters; paging (limit, cursor) is added by the list. */
export function auditSearch(filters: AuditFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.action) search.set("action", filters.action);
  if (filters.resourceType) search.set("resourceType", filters.resourceType);
  if (filters.result) search.set("result", filters.result);
  // A date without a time is read as local midnight, so the range covers whole days where the viewer is.
  const since = localDayBound(filters.from, "T00:00:00.000");
  const until = localDayBound(filters.to, "T23:59:59.999");
  if (since) search.set("since", since);
  if (until) search.set("until", until);
  if (filters.allAccounts) search.set("scope", "all");
  return search;
}

function localDayBound(day: string, time: string): string | null {
  const date = new Date(`${day}${time}`);
  return day && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

export function rangeIsBackwards(filters: AuditFilters): boolean {
  return filters.from !== "" && filters.to !== "" && filters.from > filters.to;
}

/**
 * The filters as the page's own address shows them (?action=view&from=2026-01-31), so a filtered view can
 * be bookmarked and shared. Days stay days here; auditSearch turns them into instants for the API.
 */
export function filtersFromAddress(search: string): AuditFilters {
  const query = new URLSearchParams(search);
  const day = (name: string) => (/^\d{4}-\d{2}-\d{2}$/.test(query.get(name) ?? "") ? (query.get(name) ?? "") : "");
  return {
    action: query.get("action") ?? "",
    resourceType: query.get("resourceType") ?? "",
    result: query.get("result") ?? "",
    from: day("from"),
    to: day("to"),
    allAccounts: query.get("scope") === "all",
  };
}

export function addressOfFilters(filters: AuditFilters): string {
  const query = new URLSearchParams();
  for (const name of ["action", "resourceType", "result", "from", "to"] as const) {
    if (filters[name]) query.set(name, filters[name]);
  }
  if (filters.allAccounts) query.set("scope", "all");
  return query.size > 0 ? `?${query}` : "";
}

export function activeFilterCount(filters: AuditFilters): number {
  return Object.values(filters).filter((value) => value !== "" && value !== false).length;
}
