import { Notice } from "../../components/Notice";
import type { ChainVerdict } from "./use-chain-check";

const events = (count: number) => `${count} ${count === 1 ? "event" : "events"}`;

export function ChainVerdictNotice({ verdict }: { verdict: ChainVerdict }) {
  const pending = verdict.pending > 0 ? ` ${events(verdict.pending)} recorded but not yet sealed into the chain.` : "";
  const broken = verdict.firstBroken;
  if (!verdict.intact && broken) {
    return (
      <Notice tone="error">
        <p>
          <strong>
            Chain broken at event <code>{broken.id}</code> (seq {broken.seq}):
          </strong>{" "}
          {broken.reason}.{pending}
        </p>
      </Notice>
    );
  }
  return (
    <Notice tone="success">
      <p>
        <strong>Chain intact: {events(verdict.checked)} checked.</strong>
        {pending}
      </p>
    </Notice>
  );
}
