import { useEffect } from "preact/hooks";

/** Each page names itself in the tab, history and bookmarks: "Sign in · Oncelink". */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Oncelink`;
  }, [title]);
}
