// The revealed secret: its text with Copy, "Copy and clear" and Clear, when it was viewed, and how many
// views remain. Part of the click's chunk (on-reveal.ts): it only ever follows a reveal.
import { formatLocalTime } from "../lib/local-time";
import { fill, h, notice } from "./dom";
import { t } from "./i18n";
import { filesSection, type RevealedFiles } from "./revealed-files";

/** A secret just opened: its text, when the server marked it viewed, and how many views are left. */
export interface Revealed {
  text: string;
  viewedAt: string;
  remainingViews: number;
  /** PROTOCOL 2.2: the files released with the text, downloadable for a while. */
  files?: RevealedFiles;
}

/** How long a "Copied" button label lasts before it reads "Copy" again, ready for another copy. */
const COPIED_LABEL_MS = 2000;
const SVG = "http://www.w3.org/2000/svg";

function svg(tag: string, attributes: Record<string, string>, ...children: Element[]): Element {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Draws `revealed` into `card`. The text lives only in the textarea, which "Clear" removes. */
export function showRevealed(card: HTMLElement, revealed: Revealed): void {
  let copied = false;
  let labelTimer: ReturnType<typeof setTimeout> | undefined;
  const check = svg(
    "svg",
    { class: "revealed-check", viewBox: "0 0 24 24", width: "28", height: "28", "aria-hidden": "true" },
    svg("circle", { cx: "12", cy: "12", r: "12" }),
    svg("path", { d: "M6.5 12.5l3.5 3.5 7.5-8" }),
  );
  const textarea = h("textarea", {
    id: "secret-text",
    readonly: true,
    rows: 6,
    autocomplete: "off",
    spellcheck: "false",
  });
  textarea.value = revealed.text;
  const status = h("p", { class: "hint", role: "status" }, t("recipient.open.copyAndClearHint"));
  const copyButton = h(
    "button",
    { type: "button", class: "button-secondary", onclick: () => copy() },
    t("recipient.open.copy"),
  );
  const shown = [
    h("div", { class: "field" }, h("label", { for: "secret-text" }, t("recipient.open.secret")), textarea),
    h(
      "div",
      { class: "actions actions-balanced" },
      h("button", { type: "button", onclick: copyAndClear }, t("recipient.open.copyAndClear")),
      copyButton,
      h("button", { type: "button", class: "button-quiet", onclick: clear }, t("recipient.open.clear")),
    ),
    status,
  ];
  const viewed = h("p", { class: "hint" }, t("recipient.open.viewedAt", { time: formatLocalTime(revealed.viewedAt) }));
  const remaining = revealed.remainingViews;
  fill(
    card,
    h("div", { class: "revealed-heading" }, check, h("h1", null, t("recipient.open.heading"))),
    // Files alone (no text): no empty text box to copy from.
    ...(revealed.files && revealed.text === "" ? [] : shown),
    revealed.files && filesSection(revealed.files),
    viewed,
    notice("warning", remaining > 0 ? t("recipient.open.remaining", { n: remaining }) : t("recipient.open.deleted")),
  );

  async function copy(): Promise<boolean> {
    try {
      // navigator.clipboard is missing outside secure contexts, and Safari refuses writes that come too long
      // after a click; both land here and the page asks the user to copy by hand.
      await navigator.clipboard.writeText(textarea.value);
    } catch {
      status.textContent = t("recipient.open.copyFailed");
      return false;
    }
    copied = true;
    status.textContent = t("recipient.open.copyDone");
    copyButton.textContent = t("recipient.open.copied");
    clearTimeout(labelTimer);
    labelTimer = setTimeout(() => {
      copyButton.textContent = t("recipient.open.copy");
    }, COPIED_LABEL_MS);
    return true;
  }

  async function copyAndClear() {
    // If the copy failed, clearing would lose the secret for good: it stays up to be copied by hand.
    if (await copy()) clear();
  }

  function clear() {
    removeEventListener("pagehide", clear);
    if (!textarea.isConnected) return;
    textarea.value = "";
    const note = h(
      "p",
      { class: "revealed-cleared", tabindex: -1 },
      t(copied ? "recipient.open.clearedCopied" : "recipient.open.cleared"),
    );
    shown[0]?.replaceWith(note);
    for (const element of shown.slice(1)) element.remove();
    // The buttons that had focus are gone: keyboard and screen-reader users land on what happened instead.
    note.focus();
  }

  // The back/forward cache keeps a page alive in memory after it is left; pressing Back must not show the
  // secret again, so leaving the page clears it.
  addEventListener("pagehide", clear);
}
