// The browser's side of a session's end (sign-out, account deletion), and its echo in the other tabs.
// A sign-out in one tab ends the session in every tab of this browser: without it another tab, still on
// the dashboard, could write its older copy of the stored share links back after the sign-out forgot
// them (each tab reads and rewrites the whole map), and would go on showing a dead session.
import { forgetAllLinks } from "./link-keys";

const CHANNEL = "oncelink:session";
const SIGNED_OUT = "signed-out";

/**
 * After the server ended the session: forgets this device's share-link keys, tells the other tabs, and
 * goes to sign-in with a full load (the recipient page, /s/*, has no router; no cached page survives).
 */
export function leaveSignedOut(): void {
  forgetAllLinks();
  if (typeof BroadcastChannel !== "undefined") {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(SIGNED_OUT);
    channel.close();
  }
  location.assign("/signin");
}

/**
 * A signed-in tab follows another tab's sign-out: forgets the links again (which also undoes a write of
 * this tab's older copy that raced the other tab's), calls `onEnd`, and goes to sign-in. Returns the
 * unsubscribe.
 */
export function followSignOutElsewhere(onEnd: () => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data !== SIGNED_OUT) return;
    forgetAllLinks();
    onEnd();
    location.assign("/signin");
  };
  return () => channel.close();
}
