import { useEffect } from "preact/hooks";
import { getSecretPeek } from "../../lib/api-routes";
import { type Problem, problemFrom } from "./problems";

/** How often to ask again when this device's clock says "expired" but the server still serves it. */
const RECHECK_MS = 15_000;

/**
 * When the countdown runs out, asks the server, which decides: a device whose clock runs fast must not
 * declare a secret expired that can still be opened. Only the server's "gone" ends the page; a network
 * error changes nothing (the View button then reports it, if it is pressed).
 */
export function useExpiryCheck(id: string, expiresAt: string | null, onEnded: (problem: Problem) => void): void {
  useEffect(() => {
    if (expiresAt === null) return;
    let timer: ReturnType<typeof setTimeout>;
    let current = true;
    const check = () => {
      getSecretPeek(id).then(
        () => {
          if (current) timer = setTimeout(check, RECHECK_MS);
        },
        (error: unknown) => {
          const problem = problemFrom(error);
          if (!current) return;
          if (problem.retry) timer = setTimeout(check, RECHECK_MS);
          else onEnded(problem);
        },
      );
    };
    timer = setTimeout(check, Math.max(0, Date.parse(expiresAt) - Date.now()));
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [id, expiresAt]);
}
