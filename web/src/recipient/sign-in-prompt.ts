// Sign-in is a page of the app, not of this one: a full navigation, with the way back remembered.
import { rememberReturnPath, signInHref } from "../lib/return-path";
import { h } from "./dom";

export function signInPrompt(): HTMLElement[] {
  // Remembered as soon as the prompt shows, so the key is kept however the user reaches sign-in.
  rememberReturnPath(location.pathname + location.hash);
  return [
    h("h2", null, "Sign in to view this secret"),
    h("p", null, "Whoever shared it asked that only signed-in people can view it. Nothing has been used up."),
    h("button", { type: "button", onclick: () => location.assign(signInHref(location.pathname)) }, "Sign in to view"),
  ];
}
