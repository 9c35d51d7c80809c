import { useCallback, useState } from "preact/hooks";

export type CopyState = "idle" | "copied" | "failed";

export function useClipboard() {
  const [state, setState] = useState<CopyState>("idle");

  const copy = useCallback(async (text: string): Promise<boolean> => {
    try {
      // navigator.clipboard is missing outside secure contexts, and Safari refuses writes that come
      // too long after a click; both land here and the UI asks the user to copy by hand.
      await navigator.clipboard.writeText(text);
      setState("copied");
      return true;
    } catch {
      setState("failed");
      return false;
    }
  }, []);

  const reset = useCallback(() => setState("idle"), []);
  return { state, copy, reset };
}
