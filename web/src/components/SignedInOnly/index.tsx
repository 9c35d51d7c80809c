import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { rememberReturnPath, signInHref } from "../../lib/return-path";
import { useSession } from "../../lib/use-session";

/** Renders its children only for a signed-in user, so signed-out visitors never load those pages. */
export function SignedInOnly({ children }: { children: ComponentChildren }) {
  const { user } = useSession();
  const { route } = useLocation();

  useEffect(() => {
    if (user !== null) return;
    const here = location.pathname + location.search + location.hash;
    rememberReturnPath(here);
    route(signInHref(location.pathname + location.search), true);
  }, [user]);

  return user ? children : null;
}
