import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { api, errorMessage } from "../../lib/api";
import { useSession } from "../../lib/use-session";
import "./style.css";

export function Header() {
  const { user, setUser } = useSession();
  const { route } = useLocation();
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setError(null);
    try {
      await api<void>("/api/auth/logout", { method: "POST" });
      setUser(null);
      route("/signin");
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

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
