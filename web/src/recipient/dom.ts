// The recipient page's whole view layer: elements made with createElement, text only ever as text nodes
// (never innerHTML), so nothing a server or a secret says can become markup. No framework: the page is
// a handful of states, each drawn once (web/src/recipient/page.ts).

type Child = Node | string | false | null | undefined;
type Attributes = Record<string, string | number | boolean | EventListener | undefined>;

/** An element: `on…` attributes become listeners, `true` an empty attribute, false/undefined nothing. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, "");
    else if (value !== false && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) if (child) parent.appendChild(typeof child === "string" ? new Text(child) : child);
}

/** Puts `children` in place of what `parent` held. */
export function fill(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

type NoticeTone = "info" | "success" | "warning" | "error";

/** As components/Notice: errors interrupt screen readers; everything else waits its turn. */
export function notice(tone: NoticeTone, ...children: Child[]): HTMLDivElement {
  return h("div", { class: `notice notice-${tone}`, role: tone === "error" ? "alert" : "status" }, ...children);
}

/** A <p> whose first words are bold. */
export function strongLine(strong: string, rest?: string): HTMLParagraphElement {
  return h("p", null, h("strong", null, strong), rest);
}

/** A place in a parent that holds one node or none, without a wrapper element to lay out. */
export function placeholder(): { anchor: Comment; set: (node: Node | null | false | undefined) => void } {
  const anchor = new Comment();
  let shown: Node | null = null;
  return {
    anchor,
    set(node) {
      if (shown) anchor.parentNode?.removeChild(shown);
      shown = node || null;
      if (shown) anchor.parentNode?.insertBefore(shown, anchor);
    },
  };
}
