import type { ComponentChildren } from "preact";
import type { AuditEvent } from "../../../../protocol/api";
import { Dialog } from "../../components/Dialog";
import { actionLabel, isSystemEvent, localTime, resourceTypeLabel, utcTime } from "./audit-labels";

interface AuditEventDialogProps {
  event: AuditEvent | null;
  onClose: () => void;
}

/** Everything recorded about one event. All of it is shown as text, whoever supplied it. */
export function AuditEventDialog({ event, onClose }: AuditEventDialogProps) {
  return (
    <Dialog open={event !== null} title="Event details" onClose={onClose}>
      {event && <EventFacts event={event} />}
    </Dialog>
  );
}

function EventFacts({ event }: { event: AuditEvent }) {
  const details = Object.entries(event.details);
  return (
    <>
      <dl class="audit-facts">
        <Fact term="Time (UTC)">{utcTime(event.at)}</Fact>
        <Fact term="Time (local)">{localTime(event.at)}</Fact>
        <Fact term="Action">
          {actionLabel(event.action)} <code>{event.action}</code>
        </Fact>
        <Fact term="Result">
          {event.result === "failure" ? <span class="audit-failure-badge">Failure</span> : "Success"}
        </Fact>
        <Fact term="Resource type">{resourceTypeLabel(event.resourceType)}</Fact>
        <Fact term="Resource ID">{event.resourceId && <code>{event.resourceId}</code>}</Fact>
        <Fact term="Resource name">{event.resourceName}</Fact>
        <Fact term="User">
          {event.actor ? (
            <>
              {event.actor.email} <code>{event.actor.id}</code>
            </>
          ) : isSystemEvent(event) ? (
            "System (Oncelink itself)"
          ) : (
            "Unknown (not signed in)"
          )}
        </Fact>
        <Fact term="IP address">{event.ip && <code>{event.ip}</code>}</Fact>
        <Fact term="Country">{event.country}</Fact>
        <Fact term="City">{event.city}</Fact>
        <Fact term="Device">{event.device}</Fact>
        <Fact term="User-Agent">{event.userAgent && <code class="audit-user-agent">{event.userAgent}</code>}</Fact>
        <Fact term="Event ID">
          <code>{event.id}</code>
        </Fact>
      </dl>
      <h3 class="audit-facts-heading">Details</h3>
      {details.length === 0 ? (
        <p class="hint">No further details.</p>
      ) : (
        <dl class="audit-facts">
          {details.map(([key, value]) => (
            <Fact key={key} term={key}>
              <code>{detailText(value)}</code>
            </Fact>
          ))}
        </dl>
      )}
    </>
  );
}

function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  const empty = children === null || children === undefined || children === "";
  return (
    <div class="audit-fact">
      <dt>{term}</dt>
      <dd>{empty ? <span class="audit-unknown">Not recorded</span> : children}</dd>
    </div>
  );
}

/** Strings as they are; numbers, booleans and nested values as JSON. */
function detailText(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}
