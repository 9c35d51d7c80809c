// The recipient page's header, as components/Header draws it for the app: the brand, who is signed in
// (with Sign out), and the theme switch. Drawn at once, filled in when GET /api/session answers.
import type { User } from "../../../protocol/api";
import { errorMessage } from "../lib/api";
import { logOut } from "../lib/api-routes";
import { leaveSignedOut } from "../lib/end-session";
import { fill, h } from "./dom";
import { t } from "./i18n";
import "../components/Header/style.css";
import "../components/ThemeSwitch/style.css";

// Read by /theme.js (web/public) before the first paint; the same key and values as components/ThemeSwitch.
const THEME_KEY = "oncelink:theme";

function themeSwitch(): HTMLLabelElement {
  const stored = document.documentElement.dataset.theme;
  const select = h(
    "select",
    {
      onchange: () => {
        const next = select.value;
        if (next === "system") delete document.documentElement.dataset.theme;
        else document.documentElement.dataset.theme = next;
        try {
          if (next === "system") localStorage.removeItem(THEME_KEY);
          else localStorage.setItem(THEME_KEY, next);
        } catch {
          // Storage disabled: the choice lasts until the page is left.
        }
      },
    },
    h("option", { value: "system" }, t("recipient.theme.system")),
    h("option", { value: "light" }, t("recipient.theme.light")),
    h("option", { value: "dark" }, t("recipient.theme.dark")),
  );
  select.value = stored === "light" || stored === "dark" ? stored : "system";
  return h("label", { class: "theme-switch" }, h("span", { class: "visually-hidden" }, t("recipient.theme")), select);
}

/** The header, and a function that shows who is signed in once the session is known. */
export function header(): { element: HTMLElement; showUser: (user: User | null) => void } {
  // A signed-out recipient who clicks the brand would land on a sign-in form and leave the link behind;
  // the page's own "Create your own" says where Oncelink starts instead.
  const brand = h("span", { class: "header-brand" }, "Oncelink");
  const account = h("div", { class: "header-account" }, themeSwitch());
  const element = h("header", { class: "header" }, brand, account);
  const error = h("p", { class: "header-error", role: "alert" });

  async function signOut() {
    error.remove();
    try {
      await logOut();
    } catch (caught) {
      fill(error, errorMessage(caught));
      element.append(error);
      return;
    }
    leaveSignedOut();
  }

  function showUser(user: User | null) {
    if (!user) return;
    brand.replaceWith(h("a", { class: "header-brand", href: "/" }, "Oncelink"));
    account.prepend(
      h("span", { class: "header-email", title: user.email }, user.email),
      h("button", { type: "button", class: "button-quiet", onclick: signOut }, t("recipient.signOut")),
    );
  }
  return { element, showUser };
}
