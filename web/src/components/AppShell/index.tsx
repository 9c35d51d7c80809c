import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { useSession } from "../../lib/use-session";
import { useSignOut } from "../../lib/use-sign-out";
import { VerifyEmailBanner } from "../VerifyEmailBanner";
import "./style.css";

const LINKS = [
  { href: "/", label: "One-Time Secrets" },
  { href: "/audit", label: "Audit Logs" },
  { href: "/tokens", label: "API Tokens" },
];
const ADMIN_LINKS = [{ href: "/members", label: "Members" }];

/** The frame of the signed-in pages: a sidebar on wide screens, a top bar on phones. */
export function AppShell({ children }: { children: ComponentChildren }) {
  const { user } = useSession();
  const { path } = useLocation();
  const { signOut, error } = useSignOut();
  const links = user?.role === "admin" ? [...LINKS, ...ADMIN_LINKS] : LINKS;

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="shell-sidebar">
        <a class="shell-brand" href="/">
          Oncelink
        </a>
        <nav class="shell-nav" aria-label="Main">
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
          <button type="button" class="button-secondary shell-sign-out" onClick={signOut}>
            Sign out
          </button>
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
