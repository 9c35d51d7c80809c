// The recipient page's language: the Worker picks it from the recipient's browser (worker/http/recipient-page.ts)
// and puts that language's messages for the first view into the page, <script type="application/json"
// id="oncelink-messages">, with <html lang> and dir set: the first load carries no catalog file. The rest
// (the revealed secret, files, the human check, the dead ends: "recipient.open.*", ".check.*", ".end.*") comes
// from the Worker in that one language when first needed, beside the click's code (loadAllMessages). A page
// without the block (vite's dev server serves the raw HTML) imports the English catalog instead.
import type en from "../../../locales/en/recipient";
import { formatMessage, type MessageArgs } from "../../../protocol/message-format";
import { setFallbackTexts } from "../lib/api";

export type RecipientKey = keyof typeof en;

type Catalog = Readonly<Record<string, string>>;

let locale = "en";
let messages: Catalog = {};
let all: Promise<void> | undefined;

/** The block names keys without the prefix every one of them has: fewer bytes in every first load. */
const PREFIX = "recipient.".length;

/** English's whole catalog, keyed as the block is: for a page without the block (vite's dev server). */
async function englishCatalog(): Promise<Catalog> {
  const catalog = (await import("../../../locales/en/recipient")).default;
  return Object.fromEntries(Object.entries(catalog).map(([key, message]) => [key.slice(PREFIX), message]));
}

/** The block is the messages alone; their language is the page's (<html lang>, set by the Worker with it). */
function readBlock(): Catalog | undefined {
  const text = document.getElementById("oncelink-messages")?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Catalog;
  } catch {
    return undefined;
  }
}

/** Reads the page's messages (or imports English), and gives lib/api.ts its failure sentences. */
export async function loadMessages(): Promise<void> {
  const block = readBlock();
  // Without the block, English is all there is, and all of it is here.
  if (!block) all = Promise.resolve();
  locale = block ? document.documentElement.lang || "en" : "en";
  messages = block ?? (await englishCatalog());
  setFallbackTexts({
    offline: t("recipient.api.offline"),
    generic: t("recipient.api.generic"),
    unavailable: t("recipient.api.unavailable"),
  });
}

/** Every message of the page's language, for the views that follow a click; loaded once, again after a failure. */
export function loadAllMessages(): Promise<void> {
  // The Worker answers the page's language's catalog (worker/http/recipient-page-language.ts).
  all ??= fetch(`/s/-/messages/${encodeURIComponent(locale)}`, { credentials: "omit" })
    .then((response) => {
      if (!response.ok) throw new Error(`messages: ${response.status}`);
      return response.json() as Promise<Catalog>;
    })
    .then(
      (catalog) => {
        messages = { ...catalog, ...messages };
      },
      (error: unknown) => {
        all = undefined;
        throw error;
      },
    );
  return all;
}

/** A message of the page's language, its arguments in place (protocol/message-format.ts). */
export function t(key: RecipientKey, args?: MessageArgs): string {
  return formatMessage(messages[key.slice(PREFIX)] ?? key, locale, args);
}

/** The message "{text}." in the page's language: a sentence's full stop after a message that has none. */
export function sentence(text: string): string {
  return t("recipient.sentence", { text });
}

/**
 * A message whose arguments include elements (a countdown, an address): its text and those nodes in order,
 * for append()/h(). Strings stay text nodes, so nothing in a message or an argument becomes markup.
 */
export function tNodes(key: RecipientKey, args: Readonly<Record<string, string | number | Node>>): (string | Node)[] {
  const nodes: Node[] = [];
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === "object") {
      plain[name] = `\uE000${nodes.length}\uE000`;
      nodes.push(value);
    } else plain[name] = value;
  }
  return t(key, plain)
    .split(/\uE000(\d+)\uE000/)
    .map((piece, index) => (index % 2 === 1 ? (nodes[Number(piece)] ?? "") : piece))
    .filter((piece) => piece !== "");
}
