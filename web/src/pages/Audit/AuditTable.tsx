import { useState } from "preact/hooks";
import type { AuditEvent } from "../../../../protocol/api";
import { t } from "../../lib/i18n";
import { AuditEventFacts } from "./AuditEventFacts";
import {
  actionLabel,
  isSystemEvent,
  localClock,
  localDate,
  resourceTypeLabel,
  resultLabel,
  utcTime,
} from "./audit-labels";

const SHORT_ID_LENGTH = 8;

interface AuditTableProps {
  events: AuditEvent[];
  busy: boolean;
}

/**
 * Every value here comes from users or their browsers (secret names, emails, user agents) and is rendered
 * as text by JSX, never as markup. On phones each row becomes a card; the per-cell labels that appear
 * then are hidden from screen readers, which already announce the column headers.
 */
export function AuditTable({ events, busy }: AuditTableProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <table class="audit-table" aria-busy={busy}>
      <caption class="visually-hidden">{t("audit.table.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("audit.column.action")}</th>
          <th scope="col">{t("audit.column.resource")}</th>
          <th scope="col">{t("audit.column.time")}</th>
          <th scope="col">{t("audit.column.user")}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <AuditRow key={event.id} event={event} open={open.has(event.id)} onToggle={() => toggle(event.id)} />
        ))}
      </tbody>
    </table>
  );
}

interface AuditRowProps {
  event: AuditEvent;
  open: boolean;
  onToggle: () => void;
}

/** A row whose action is a disclosure button: pressing it unfolds everything recorded, right beneath. */
function AuditRow({ event, open, onToggle }: AuditRowProps) {
  const failed = event.result === "failure";
  const rowId = `audit-${event.id}`;
  return (
    <>
      <tr class={failed ? "audit-failure" : undefined}>
        <td class="audit-action">
          <CellLabel>{t("audit.column.action")}</CellLabel>
          <button
            type="button"
            class="audit-expand"
            aria-expanded={open}
            aria-controls={`${rowId}-facts`}
            onClick={onToggle}
          >
            <span class="audit-chevron" aria-hidden="true" />
            {actionLabel(event.action)}
          </button>
          {failed && <span class="audit-failure-badge">{resultLabel("failure")}</span>}
        </td>
        <td id={`${rowId}-resource`} class="audit-resource">
          <CellLabel>{t("audit.column.resource")}</CellLabel>
          <ResourceName event={event} />
          <span class="audit-resource-meta">
            {resourceTypeLabel(event.resourceType)}
            {event.resourceId && (
              <>
                {" · "}
                <code title={event.resourceId}>{event.resourceId.slice(0, SHORT_ID_LENGTH)}</code>
              </>
            )}
          </span>
        </td>
        <td class="audit-time">
          <CellLabel>{t("audit.column.time")}</CellLabel>
          <time dateTime={event.at} title={utcTime(event.at)}>
            <span class="audit-nowrap">{localDate(event.at)}</span>{" "}
            <span class="audit-nowrap">{localClock(event.at)}</span>
          </time>
        </td>
        <td class="audit-user">
          <CellLabel>{t("audit.column.user")}</CellLabel>
          <ActorName event={event} />
        </td>
      </tr>
      {open && (
        <tr class="audit-facts-row" id={`${rowId}-facts`}>
          <td colSpan={4}>
            <AuditEventFacts event={event} />
          </td>
        </tr>
      )}
    </>
  );
}

function ResourceName({ event }: { event: AuditEvent }) {
  if (event.resourceName) return <span class="audit-resource-name">{event.resourceName}</span>;
  const fallback = event.resourceType === "secret" ? t("audit.untitled") : "—";
  return <span class="audit-resource-name audit-unknown">{fallback}</span>;
}

function ActorName({ event }: { event: AuditEvent }) {
  if (event.actor) return <EmailText email={event.actor.email} />;
  return <span class="audit-unknown">{isSystemEvent(event) ? t("audit.actor.system") : t("audit.actor.unknown")}</span>;
}

/** A narrow column breaks an address after its "@" before anywhere else. */
function EmailText({ email }: { email: string }) {
  const at = email.lastIndexOf("@");
  if (at <= 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

function CellLabel({ children }: { children: string }) {
  return (
    <span class="audit-cell-label" aria-hidden="true">
      {children}
    </span>
  );
}
