// Where to go after signing in. The URL fragment holds a share link's key and is never sent anywhere,
// so `?next=` carries only the path and the full path with its fragment waits in sessionStorage.
const STORAGE_KEY = "oncelink:return-path";

/** Same-origin paths only: "//host" and "/\host" would send the user to another site. */
function isSafePath(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//")) return false;
  try {
    return new URL(path, location.origin).origin === location.origin;
  } catch {
    return false;
  }
}

function withoutFragment(path: string): string {
  const hash = path.indexOf("#");
  return hash === -1 ? path : path.slice(0, hash);
}

export function rememberReturnPath(pathWithFragment: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, pathWithFragment);
  } catch {
    // Storage can be disabled; the user then lands on the path and is asked for the full link again.
  }
}

export function signInHref(path: string): string {
  const next = withoutFragment(path);
  return next === "/" ? "/signin" : `/signin?next=${encodeURIComponent(next)}`;
}

/** The path to open after signing in, restoring the fragment remembered for it. Forgets it once used. */
export function takeReturnPath(next: string | undefined): string {
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(STORAGE_KEY);
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (!next || !isSafePath(next)) return "/";
  if (stored && withoutFragment(stored) === next && isSafePath(stored)) return stored;
  return next;
}
