import { useCallback, useEffect, useState } from "preact/hooks";

export type CopyState = "idle" | "copied" | "failed";

/** How long a "Copied" button label lasts before it reads "Copy" again, ready for another copy. */
const COPIED_LABEL_MS = 2000;

export function useClipboard() {
  const [state, setState] = useState<CopyState>("idle");
  // Counts copies, so a second copy within the 2 s restarts the label's timer.
  const [copies, setCopies] = useState(0);
  const [justCopied, setJustCopied] = useState(false);

  useEffect(() => {
    if (copies === 0) return;
    setJustCopied(true);
    const timer = setTimeout(() => setJustCopied(false), COPIED_LABEL_MS);
    return () => clearTimeout(timer);
  }, [copies]);

  const copy = useCallback(async (text: string): Promise<boolean> => {
    try {
      // navigator.clipboard is missing outside secure contexts, and Safari refuses writes that come
      // too long after a click; both land here and the UI asks the user to copy by hand.
      await navigator.clipboard.writeText(text);
      setState("copied");
      setCopies((n) => n + 1);
      return true;
    } catch {
      setState("failed");
      return false;
    }
  }, []);

  const reset = useCallback(() => {
    setState("idle");
    setJustCopied(false);
  }, []);
  /** `state` says what the last copy did; `justCopied` is true for 2 s after each success, for a button's label. */
  return { state, justCopied, copy, reset };
}
