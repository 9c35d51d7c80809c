import { createContext } from "preact";
import { useContext, useEffect, useMemo, useState } from "preact/hooks";
import type { User } from "../../../protocol/api";
import { getSession } from "./api-routes";
import { followSignOutElsewhere } from "./end-session";

interface Session {
  /** undefined while GET /api/session is in flight, null when signed out. */
  user: User | null | undefined;
  setUser: (user: User | null) => void;
  /** No account exists yet: the first to sign up becomes the admin. */
  firstAccount: boolean;
}

export const SessionContext = createContext<Session>({ user: undefined, setUser: () => {}, firstAccount: false });

export function useSession(): Session {
  return useContext(SessionContext);
}

/**
 * Asks the server once who is signed in; the root provides the answer through SessionContext. GET
 * /api/session, not /api/me: it answers 200 for a signed-out visitor, so their console shows no 401.
 */
export function useSessionLoader(): Session {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [firstAccount, setFirstAccount] = useState(false);
  useEffect(() => {
    // A sign-in that finished first must not be overwritten by this older answer.
    const settle = (next: User | null) => setUser((current) => (current === undefined ? next : current));
    getSession().then(
      (answer) => {
        settle(answer.user);
        setFirstAccount(answer.firstAccount);
      },
      () => settle(null),
    );
  }, []);
  const signedIn = Boolean(user);
  useEffect(() => {
    if (!signedIn) return;
    return followSignOutElsewhere(() => setUser(null));
  }, [signedIn]);
  return useMemo(() => ({ user, setUser, firstAccount: firstAccount && !user }), [user, firstAccount]);
}
