// After the reveal, the secret's files: each one's name and size, and a Download button. Names are only
// ever text nodes, and a file is only ever saved, never shown: nothing in a name or a file can run here.
// The download code (fetching, decrypting, saving) is a chunk of its own, loaded at the first click.
import { EnvelopeError } from "../../../protocol/envelope-error";
import type { FileEntry } from "../../../protocol/file-stream";
import { errorMessage } from "../lib/api";
import { formatLocalTime } from "../lib/local-time";
import { humanBytes } from "../lib/transfer-progress";
import { fill, h, notice } from "./dom";
// Types only: erased from the build, so the download code stays in its own chunk.
import type { RevealedFiles } from "./file-download";
import { t } from "./i18n";

export type { RevealedFiles };

/**
 * The list's few layout rules, set through the CSSOM (which the page's CSP allows) rather than in style.css:
 * that stylesheet is inlined into the page's first load, which every recipient pays for, files or not.
 */
function styled<T extends HTMLElement>(element: T, style: Partial<CSSStyleDeclaration>): T {
  Object.assign(element.style, style);
  return element;
}

export function filesSection(files: RevealedFiles): HTMLElement {
  const rows = files.entries.map((entry, index) => fileRow(files, entry, index));
  return h(
    "section",
    { class: "revealed-files", "aria-labelledby": "files-heading" },
    h("h2", { id: "files-heading" }, t("recipient.open.files", { n: files.entries.length })),
    h("p", { class: "hint" }, t("recipient.open.filesHint", { time: formatLocalTime(files.grant.until) })),
    styled(h("ul", { class: "file-list" }, ...rows), { listStyle: "none", padding: "0", margin: "0 0 1rem" }),
  );
}

function fileRow(files: RevealedFiles, entry: FileEntry, index: number): HTMLLIElement {
  const button = h(
    "button",
    { type: "button", class: "button-secondary", onclick: download },
    t("recipient.open.download"),
  );
  button.setAttribute("aria-label", t("recipient.open.downloadName", { name: entry.name }));
  const status = styled(h("div", { class: "file-status", role: "status" }), { flexBasis: "100%" });
  const row = styled(
    h(
      "li",
      null,
      styled(h("span", { class: "file-name" }, entry.name), { flex: "1 1 12rem", overflowWrap: "anywhere" }),
      styled(h("span", { class: "file-size hint" }, humanBytes(entry.size)), { margin: "0" }),
      button,
      status,
    ),
    {
      display: "flex",
      flexWrap: "wrap",
      alignItems: "center",
      gap: "0.25rem 0.75rem",
      padding: "0.5rem 0",
      borderTop: "1px solid var(--border)",
    },
  );

  async function download() {
    button.disabled = true;
    button.textContent = t("recipient.open.downloading");
    try {
      const { saveFile } = await import("./file-download");
      const outcome = await saveFile(files, index, (bars) => fill(status, ...bars));
      fill(status, outcome === "saved" ? t("recipient.open.saved", { name: entry.name }) : "");
    } catch (error) {
      fill(status, notice("error", h("p", null, messageOf(error))));
    }
    button.disabled = false;
    button.textContent = t("recipient.open.downloadAgain");
  }
  return row;
}

function messageOf(error: unknown): string {
  if (error instanceof EnvelopeError) return t("recipient.open.notSaved", { message: error.message });
  return errorMessage(error);
}
