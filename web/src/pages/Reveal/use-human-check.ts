import { useEffect, useRef, useState } from "preact/hooks";
// Only the type: Turnstile's code is a chunk of its own, imported below when there is a site key.
import type { HumanCheckWidget } from "./turnstile";

/**
 * The human check of a deployment that turned Turnstile on. `slot` is where the widget goes; `token` is
 * what the next reveal sends (null while there is none, and always without a site key).
 */
export function useHumanCheck(siteKey: string | null, onUnavailable: () => void) {
  const slot = useRef<HTMLDivElement>(null);
  const widget = useRef<HumanCheckWidget | null>(null);
  const [token, setToken] = useState<string | null>(null);

  useEffect(() => {
    const element = slot.current;
    if (!siteKey || !element) return;
    let current = true;
    import("./turnstile")
      .then(({ mountHumanCheck }) => mountHumanCheck(element, siteKey, (next) => current && setToken(next)))
      .then(
        (mounted) => {
          if (current) widget.current = mounted;
          else mounted.remove();
        },
        () => current && onUnavailable(),
      );
    return () => {
      current = false;
      widget.current?.remove();
      widget.current = null;
    };
  }, [siteKey]);

  // A token is good for one reveal, whatever its outcome: after each attempt, the widget fetches another.
  return { slot, token, reset: () => widget.current?.reset() };
}
