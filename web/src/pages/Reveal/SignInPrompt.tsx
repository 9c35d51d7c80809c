import { useEffect } from "preact/hooks";
import { rememberReturnPath, signInHref } from "../../lib/return-path";

/** Sign-in is a page of the app, not of this one: a full navigation, with the way back remembered. */
export function SignInPrompt() {
  // Remembered as soon as the prompt shows, so the key is kept however the user reaches sign-in.
  useEffect(() => rememberReturnPath(location.pathname + location.hash), []);
  return (
    <>
      <h2>Sign in to view this secret</h2>
      <p>Whoever shared it asked that only signed-in people can view it. Nothing has been used up.</p>
      <button type="button" onClick={() => location.assign(signInHref(location.pathname))}>
        Sign in to view
      </button>
    </>
  );
}
