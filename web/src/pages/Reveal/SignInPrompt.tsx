import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { rememberReturnPath, signInHref } from "../../lib/return-path";

export function SignInPrompt() {
  const { route } = useLocation();
  // Remembered as soon as the prompt shows, so the key is kept however the user reaches sign-in.
  useEffect(() => rememberReturnPath(location.pathname + location.hash), []);
  return (
    <>
      <h2>Sign in to view this secret</h2>
      <p>Whoever shared it asked that only signed-in people can view it. Nothing has been used up.</p>
      <button type="button" onClick={() => route(signInHref(location.pathname))}>
        Sign in to view
      </button>
    </>
  );
}
