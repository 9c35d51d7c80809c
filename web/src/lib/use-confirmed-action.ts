import { useState } from "preact/hooks";
import { errorMessage } from "./api";

/**
 * The state behind a ConfirmDialog: `ask(target)` opens it, `confirm()` runs the action on that target
 * and closes it on success, or keeps it open with the error so the user can retry or cancel.
 */
export function useConfirmedAction<T>(act: (target: T) => Promise<void>) {
  const [target, setTarget] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (target === null) return;
    setBusy(true);
    setError(null);
    try {
      await act(target);
      setTarget(null);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return {
    target,
    busy,
    error,
    confirm,
    ask: (next: T) => {
      setError(null);
      setTarget(next);
    },
    cancel: () => setTarget(null),
  };
}
