import { useSession } from "../../lib/use-session";
import { useSignOut } from "../../lib/use-sign-out";
import "./style.css";

/** The plain header of the pages outside the app shell: sharing, signing in, setting up an account. */
export function Header() {
  const { user } = useSession();
  const { signOut, error } = useSignOut();

  return (
    <header class="header">
      <a class="header-brand" href="/">
        Oncelink
      </a>
      {user && (
        <div class="header-account">
          <span class="header-email" title={user.email}>
            {user.email}
          </span>
          <button type="button" class="button-quiet" onClick={signOut}>
            Sign out
          </button>
        </div>
      )}
      {error && (
        <p class="header-error" role="alert">
          {error}
        </p>
      )}
    </header>
  );
}
