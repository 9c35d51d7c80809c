import type { SecretPeek } from "../../../../protocol/api";
import { Countdown } from "../../components/Countdown";
import { Notice } from "../../components/Notice";
import { formatLocalTime } from "../../lib/local-time";

/** The one-time warning, with when the link stops working: counting down, and as a local date. */
export function ExpiryNotice({ peek }: { peek: SecretPeek }) {
  return (
    <Notice tone="warning">
      <p>
        <strong>This is a one-time secret.</strong>{" "}
        {peek.remainingViews === 1
          ? "Once you view it, it is permanently deleted."
          : `It can be viewed ${peek.remainingViews} more times, then it is permanently deleted.`}
      </p>
      <p>
        It expires <Countdown until={peek.expiresAt} />, at {formatLocalTime(peek.expiresAt)}.
      </p>
    </Notice>
  );
}
