import { useState } from "preact/hooks";
import { errorMessage } from "./api";

/**
 * One action at a time behind a row's buttons: `run(action)` marks it busy, clears the last error, and keeps
 * the error's message if the action fails. `setError` lets the caller report a failure of its own.
 */
export function useBusyAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, run };
}
