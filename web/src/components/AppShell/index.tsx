import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { setMyLocale } from "../../lib/api-routes";
import { type MessageKey, t } from "../../lib/i18n";
import { useSession } from "../../lib/use-session";
import { useSignOut } from "../../lib/use-sign-out";
import { LanguageSwitch } from "../LanguageSwitch";
import { ThemeSwitch } from "../ThemeSwitch";
import { VerifyEmailBanner } from "../VerifyEmailBanner";
import "./style.css";

const LINKS: { href: string; label: MessageKey }[] = [
  { href: "/", label: "common.page.secrets" },
  { href: "/requests", label: "common.page.requests" },
  { href: "/audit", label: "common.page.audit" },
  { href: "/tokens", label: "common.page.tokens" },
  { href: "/webhooks", label: "common.page.webhooks" },
];
const ADMIN_LINKS: typeof LINKS = [{ href: "/members", label: "common.page.members" }];

/** The frame of the signed-in pages: a sidebar on wide screens, a top bar on phones. */
export function AppShell({ children }: { children: ComponentChildren }) {
  const { user } = useSession();
  const { path } = useLocation();
  const { signOut, error } = useSignOut();
  const links = user?.role === "admin" ? [...LINKS, ...ADMIN_LINKS] : LINKS;
  // Phones show the links behind a Menu button (CSS hides the button on wide screens); a new page closes it.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t("common.shell.skip")}
      </a>
      <header class={menuOpen ? "shell-sidebar shell-menu-open" : "shell-sidebar"}>
        <a class="shell-brand" href="/">
          Oncelink
        </a>
        <button
          type="button"
          class="button-secondary shell-menu-button"
          aria-expanded={menuOpen}
          aria-controls="shell-menu"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {t("common.shell.menu")}
        </button>
        <nav class="shell-nav" id="shell-menu" aria-label={t("common.shell.mainNav")}>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} aria-current={path === link.href ? "page" : undefined}>
                  {t(link.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="shell-account">
          <a class="shell-account-link" href="/account" aria-current={path === "/account" ? "page" : undefined}>
            {t("common.page.account")}
          </a>
          <span class="shell-email" title={user?.email}>
            {user?.email}
          </span>
          <div class="shell-account-actions">
            <button type="button" class="button-secondary shell-sign-out" onClick={signOut}>
              {t("common.signOut")}
            </button>
            <LanguageSwitch remember={setMyLocale} />
            <ThemeSwitch />
          </div>
          {error && (
            <p class="shell-error" role="alert">
              {error}
            </p>
          )}
        </div>
      </header>
      <main id="main" class="shell-main" tabIndex={-1}>
        {user && !user.emailVerified && <VerifyEmailBanner email={user.email} />}
        {children}
      </main>
    </div>
  );
}
