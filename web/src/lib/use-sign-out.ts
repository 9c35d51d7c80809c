import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { errorMessage } from "./api";
import { logOut } from "./api-routes";
import { forgetAllLinks } from "./link-keys";
import { useSession } from "./use-session";

/** Ends the session on the server, forgets this device's share-link keys, and goes to sign-in. */
export function useSignOut() {
  const { setUser } = useSession();
  const { route } = useLocation();
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setError(null);
    try {
      await logOut();
    } catch (caught) {
      setError(errorMessage(caught));
      return;
    }
    forgetAllLinks();
    setUser(null);
    route("/signin");
  }

  return { signOut, error };
}
