import { useState } from "preact/hooks";
import { errorMessage } from "./api";
import { logOut } from "./api-routes";
import { forgetAllLinks } from "./link-keys";
import { useSession } from "./use-session";

/** Ends the session on the server, forgets this device's share-link keys, and goes to sign-in. */
export function useSignOut() {
  const { setUser } = useSession();
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
    // A full load, not the app's router: the recipient page (/s/*) signs out too, and has no router.
    location.assign("/signin");
  }

  return { signOut, error };
}
