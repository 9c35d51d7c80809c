import { Notice } from "../../components/Notice";
import { type MessageKey, t } from "../../lib/i18n";
import { tRich } from "../../lib/i18n-rich";
import type { ChainVerdict } from "./use-chain-check";

/** The Worker's reasons for a broken chain (worker/audit/audit-ledger.ts); another one shows as it came. */
const BREAK_REASONS: Readonly<Record<string, MessageKey>> = {
  "an event before this one was removed or changed": "audit.chain.reason.removed",
  "this event was changed after it was recorded": "audit.chain.reason.changed",
  "the newest events are missing": "audit.chain.reason.newestMissing",
};

function breakReason(reason: string): string {
  const key = Object.hasOwn(BREAK_REASONS, reason) ? BREAK_REASONS[reason] : undefined;
  return key ? t(key) : reason;
}

export function ChainVerdictNotice({ verdict }: { verdict: ChainVerdict }) {
  const pending = verdict.pending > 0 ? ` ${t("audit.chain.pending", { count: verdict.pending })}` : "";
  const broken = verdict.firstBroken;
  if (!verdict.intact && broken) {
    return (
      <Notice tone="error">
        <p>
          <strong>
            {tRich(
              "audit.chain.broken",
              { code: (id) => <code>{id}</code> },
              { id: broken.id, seq: String(broken.seq) },
            )}
          </strong>{" "}
          {t("audit.chain.reason", { reason: breakReason(broken.reason) })}
          {pending}
        </p>
      </Notice>
    );
  }
  return (
    <Notice tone="success">
      <p>
        <strong>{t("audit.chain.intact", { count: verdict.checked })}</strong>
        {pending}
      </p>
    </Notice>
  );
}
