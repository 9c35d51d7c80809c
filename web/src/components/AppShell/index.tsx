import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useSession } from "../../lib/use-session";
import { useSignOut } from "../../lib/use-sign-out";
import { LanguageSwitch } from "../LanguageSwitch";
import { ThemeSwitch } from "../ThemeSwitch";
import { VerifyEmailBanner } from "../VerifyEmailBanner";
import "./style.css";

const LINKS = [
  { href: "/", label: "One-Time Secrets" },
  { href: "/requests", label: "Secret Requests" },
  { href: "/audit", label: "Audit Logs" },
  { href: "/tokens", label: "API Tokens" },
  { href: "/webhooks", label: "Webhooks" },
];
const ADMIN_LINKS = [{ href: "/members", label: "Members" }];

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
        Skip to content
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
          Menu
        </button>
        <nav class="shell-nav" id="shell-menu" aria-label="Main">
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} aria-current={path === link.href ? "page" : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="shell-account">
          <a class="shell-account-link" href="/account" aria-current={path === "/account" ? "page" : undefined}>
            Account
          </a>
          <span class="shell-email" title={user?.email}>
            {user?.email}
          </span>
          <div class="shell-account-actions">
            <button type="button" class="button-secondary shell-sign-out" onClick={signOut}>
              Sign out
            </button>
            <LanguageSwitch />
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
