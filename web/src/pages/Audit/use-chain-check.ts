import { useState } from "preact/hooks";
import type { AuditChainReport } from "../../../../protocol/api";
import { errorMessage } from "../../lib/api";
import { verifyAuditChain } from "../../lib/api-routes";

/** The whole chain's verdict: the server checks it a chunk per request, so `checked` is their sum. */
export type ChainVerdict = Omit<AuditChainReport, "next">;

/** "Verify integrity" (admins): walks the hash chain from the start until it ends or breaks. */
export function useChainCheck() {
  const [busy, setBusy] = useState(false);
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function check() {
    setBusy(true);
    setError(null);
    setVerdict(null);
    try {
      let checked = 0;
      let from: number | null = null;
      let report: AuditChainReport;
      do {
        report = await verifyAuditChain(from);
        checked += report.checked;
        from = report.next;
      } while (report.intact && from !== null);
      const { next: _, ...last } = report;
      setVerdict({ ...last, checked });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return { busy, verdict, error, check };
}
