import { useState } from "preact/hooks";
import { t } from "../../lib/i18n";
import "./style.css";

// Read by /theme.js (web/public) before the first paint; keep the key and values the same there.
const STORAGE_KEY = "oncelink:theme";
type Theme = "system" | "light" | "dark";

function storedTheme(): Theme {
  const theme = document.documentElement.dataset.theme;
  return theme === "light" || theme === "dark" ? theme : "system";
}

/** System, light or dark, remembered by this browser. */
export function ThemeSwitch() {
  const [theme, setTheme] = useState(storedTheme);

  function choose(next: Theme) {
    setTheme(next);
    if (next === "system") delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = next;
    try {
      if (next === "system") localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage disabled: the choice lasts until the page is left.
    }
  }

  return (
    <label class="theme-switch">
      <span class="visually-hidden">{t("common.theme")}</span>
      <select value={theme} onChange={(event) => choose(event.currentTarget.value as Theme)}>
        <option value="system">{t("common.theme.system")}</option>
        <option value="light">{t("common.theme.light")}</option>
        <option value="dark">{t("common.theme.dark")}</option>
      </select>
    </label>
  );
}
