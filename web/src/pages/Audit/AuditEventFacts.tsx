import type { ComponentChildren } from "preact";
import type { AuditEvent } from "../../../../protocol/api";
import { detailSentences } from "./audit-details-text";
import { isSystemEvent, localTime, utcTime } from "./audit-labels";

/** Everything recorded about one event, in words. All of it is shown as text, whoever supplied it. */
export function AuditEventFacts({ event }: { event: AuditEvent }) {
  const details = detailSentences(event);
  return (
    <>
      {details.length > 0 && (
        <ul class="audit-detail-lines">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <dl class="audit-facts">
        <Fact term="Time (UTC)">{utcTime(event.at)}</Fact>
        <Fact term="Time (local)">{localTime(event.at)}</Fact>
        <Fact term="Result">{event.result === "failure" ? "Failure" : "Success"}</Fact>
        <Fact term="Resource ID">{event.resourceId && <code>{event.resourceId}</code>}</Fact>
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
