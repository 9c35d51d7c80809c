import type { ComponentChildren } from "preact";
import type { AuditEvent } from "../../../../protocol/api";
import { t } from "../../lib/i18n";
import { detailSentences } from "./audit-details-text";
import { isSystemEvent, localTime, resultLabel, utcTime } from "./audit-labels";

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
        <Fact term={t("audit.fact.timeUtc")}>
          {/* Digits and "UTC" keep their order in a right-to-left page. */}
          <bdi>{utcTime(event.at)}</bdi>
        </Fact>
        <Fact term={t("audit.fact.timeLocal")}>{localTime(event.at)}</Fact>
        <Fact term={t("audit.fact.result")}>{resultLabel(event.result)}</Fact>
        <Fact term={t("audit.fact.resourceId")}>{event.resourceId && <code>{event.resourceId}</code>}</Fact>
        <Fact term={t("audit.fact.user")}>
          {event.actor ? (
            <>
              {event.actor.email} <code>{event.actor.id}</code>
            </>
          ) : isSystemEvent(event) ? (
            t("audit.fact.system")
          ) : (
            t("audit.fact.unknown")
          )}
        </Fact>
        <Fact term={t("audit.fact.ip")}>{event.ip && <code>{event.ip}</code>}</Fact>
        <Fact term={t("audit.fact.country")}>{event.country}</Fact>
        <Fact term={t("audit.fact.city")}>{event.city}</Fact>
        <Fact term={t("audit.fact.device")}>{event.device}</Fact>
        <Fact term={t("audit.fact.userAgent")}>
          {event.userAgent && <code class="audit-user-agent">{event.userAgent}</code>}
        </Fact>
        <Fact term={t("audit.fact.eventId")}>
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
      <dd>{empty ? <span class="audit-unknown">{t("audit.fact.notRecorded")}</span> : children}</dd>
    </div>
  );
}
