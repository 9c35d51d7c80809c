import { useEffect } from "preact/hooks";
import { t } from "./i18n";

/** Each page names itself in the tab, history and bookmarks: "Sign in · Oncelink". */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = t("common.documentTitle", { title });
  }, [title]);
}
