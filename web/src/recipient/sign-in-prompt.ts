// Sign-in is a page of the app, not of this one: a full navigation, with the way back remembered.
import { rememberReturnPath, signInHref } from "../lib/return-path";
import { h } from "./dom";
import { t } from "./i18n";

export function signInPrompt(): HTMLElement[] {
  // Remembered as soon as the prompt shows, so the key is kept however the user reaches sign-in.
  rememberReturnPath(location.pathname + location.hash);
  return [
    h("h2", null, t("recipient.signIn.heading")),
    h("p", null, t("recipient.signIn.why")),
    h(
      "button",
      { type: "button", onclick: () => location.assign(signInHref(location.pathname)) },
      t("recipient.signIn.button"),
    ),
  ];
}
