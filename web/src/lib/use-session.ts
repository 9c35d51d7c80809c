import { createContext } from "preact";
import { useContext, useEffect, useMemo, useState } from "preact/hooks";
import type { User } from "../../../protocol/api";
import { getCurrentUser } from "./api-routes";

interface Session {
  /** undefined while GET /api/me is in flight, null when signed out. */
  user: User | null | undefined;
  setUser: (user: User | null) => void;
}

export const SessionContext = createContext<Session>({ user: undefined, setUser: () => {} });

export function useSession(): Session {
  return useContext(SessionContext);
}

/** Asks the server once who is signed in; the root provides the answer through SessionContext. */
export function useSessionLoader(): Session {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  useEffect(() => {
    // A sign-in that finished first must not be overwritten by this older answer.
    const settle = (next: User | null) => setUser((current) => (current === undefined ? next : current));
    getCurrentUser().then(
      ({ user }) => settle(user),
      () => settle(null),
    );
  }, []);
  return useMemo(() => ({ user, setUser }), [user]);
}
