import { useState } from "preact/hooks";
import { errorMessage } from "./api";
import { logOut } from "./api-routes";
import { leaveSignedOut } from "./end-session";
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
    setUser(null);
    leaveSignedOut();
  }

  return { signOut, error };
}
