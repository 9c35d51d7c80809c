import { t } from "../../lib/i18n";
import { useSession } from "../../lib/use-session";
import { useSignOut } from "../../lib/use-sign-out";
import { LanguageSwitch } from "../LanguageSwitch";
import { ThemeSwitch } from "../ThemeSwitch";
import "./style.css";

/** The plain header of the pages outside the app shell: sharing, signing in, setting up an account. */
export function Header() {
  const { user } = useSession();
  // Not preact-iso's location: the recipient page (/s/*) renders this header without the app's router; the
  // app re-renders it on every navigation anyway.
  const path = location.pathname;
  const { signOut, error } = useSignOut();
  // A signed-out recipient who clicks the brand would land on a sign-in form and leave the link behind;
  // the page's own "Create your own" says where Oncelink starts instead.
  const brandIsLink = !(path.startsWith("/s/") && !user);

  return (
    <header class="header">
      {brandIsLink ? (
        <a class="header-brand" href="/">
          Oncelink
        </a>
      ) : (
        <span class="header-brand">Oncelink</span>
      )}
      <div class="header-account">
        {user && (
          <>
            <span class="header-email" title={user.email}>
              {user.email}
            </span>
            <button type="button" class="button-quiet" onClick={signOut}>
              {t("common.signOut")}
            </button>
          </>
        )}
        <LanguageSwitch />
        <ThemeSwitch />
      </div>
      {error && (
        <p class="header-error" role="alert">
          {error}
        </p>
      )}
    </header>
  );
}
