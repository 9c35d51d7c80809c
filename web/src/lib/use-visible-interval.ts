import { useEffect, useRef } from "preact/hooks";

/**
 * Calls `callback` every `ms` while the tab is visible, and at once when it becomes visible again,
 * so a background tab costs the server nothing and a returning user sees fresh data straight away.
 */
export function useVisibleInterval(callback: () => void, ms: number): void {
  const latest = useRef(callback);
  latest.current = callback;

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      timer ??= setInterval(() => latest.current(), ms);
    };
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === "visible") {
        latest.current();
        start();
      } else {
        stop();
      }
    };
    if (document.visibilityState === "visible") start();
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      stop();
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [ms]);
}
