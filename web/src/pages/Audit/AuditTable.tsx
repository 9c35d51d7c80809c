import type { AuditEvent } from "../../../../protocol/api";
import { actionLabel, isSystemEvent, localClock, localDate, resourceTypeLabel, utcTime } from "./audit-labels";

const SHORT_ID_LENGTH = 8;

interface AuditTableProps {
  events: AuditEvent[];
  onDetails: (event: AuditEvent) => void;
  busy: boolean;
}

/**
 * Every value here comes from users or their browsers (secret names, emails, user agents) and is rendered
 * as text by JSX, never as markup. On phones each row becomes a card; the per-cell labels that appear
 * then are hidden from screen readers, which already announce the column headers.
 */
export function AuditTable({ events, onDetails, busy }: AuditTableProps) {
  return (
    <table class="audit-table" aria-busy={busy}>
      <caption class="visually-hidden">Audit events, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Resource</th>
          <th scope="col">Details</th>
          <th scope="col">Time</th>
          <th scope="col">User</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <AuditRow key={event.id} event={event} onDetails={onDetails} />
        ))}
      </tbody>
    </table>
  );
}

function AuditRow({ event, onDetails }: { event: AuditEvent; onDetails: (event: AuditEvent) => void }) {
  const failed = event.result === "failure";
  const rowId = `audit-${event.id}`;
  return (
    <tr class={failed ? "audit-failure" : undefined}>
      <td id={`${rowId}-action`} class="audit-action">
        <CellLabel>Action</CellLabel>
        {actionLabel(event.action)}
        {failed && <span class="audit-failure-badge">Failure</span>}
      </td>
      <td id={`${rowId}-resource`} class="audit-resource">
        <CellLabel>Resource</CellLabel>
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
      <td class="audit-details">
        <button
          type="button"
          class="button-secondary audit-details-button"
          aria-describedby={`${rowId}-action ${rowId}-resource`}
          onClick={() => onDetails(event)}
        >
          Details
        </button>
      </td>
      <td class="audit-time">
        <CellLabel>Time</CellLabel>
        <time dateTime={event.at} title={utcTime(event.at)}>
          <span class="audit-nowrap">{localDate(event.at)}</span>{" "}
          <span class="audit-nowrap">{localClock(event.at)}</span>
        </time>
      </td>
      <td class="audit-user">
        <CellLabel>User</CellLabel>
        <ActorName event={event} />
      </td>
    </tr>
  );
}

function ResourceName({ event }: { event: AuditEvent }) {
  if (event.resourceName) return <span class="audit-resource-name">{event.resourceName}</span>;
  const fallback = event.resourceType === "secret" ? "Untitled" : "—";
  return <span class="audit-resource-name audit-unknown">{fallback}</span>;
}

function ActorName({ event }: { event: AuditEvent }) {
  if (event.actor) return <EmailText email={event.actor.email} />;
  return <span class="audit-unknown">{isSystemEvent(event) ? "System" : "Unknown"}</span>;
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
