import { useEffect, useRef } from "preact/hooks";
import { Notice } from "../../components/Notice";
import { formatLocalTime } from "../../lib/local-time";
import { useClipboard } from "../../lib/use-clipboard";

export interface Revealed {
  /** null once cleared from the page: by "Copy and clear", "Clear", or leaving the page. */
  text: string | null;
  viewedAt: string;
  remainingViews: number;
}

interface RevealedSecretProps extends Revealed {
  onClear: () => void;
}

export function RevealedSecret({ text, viewedAt, remainingViews, onClear }: RevealedSecretProps) {
  const { state, justCopied, copy } = useClipboard();
  const clearedNote = useRef<HTMLParagraphElement>(null);

  // The back/forward cache keeps a page alive in memory after it is left; pressing Back must not show the
  // secret again, so leaving the page clears it (the render runs before the page is frozen).
  useEffect(() => {
    addEventListener("pagehide", onClear);
    return () => removeEventListener("pagehide", onClear);
  }, [onClear]);

  // The buttons that had focus are gone: keyboard and screen-reader users land on what happened instead.
  useEffect(() => {
    if (text === null) clearedNote.current?.focus();
  }, [text]);

  async function copyAndClear() {
    // If the copy failed, clearing would lose the secret for good: it stays up to be copied by hand.
    if (text !== null && (await copy(text))) onClear();
  }

  return (
    <>
      <div class="revealed-heading">
        <svg class="revealed-check" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
          <circle cx="12" cy="12" r="12" />
          <path d="M6.5 12.5l3.5 3.5 7.5-8" />
        </svg>
        <h1>Secret revealed</h1>
      </div>
      {text === null ? (
        <p class="revealed-cleared" ref={clearedNote} tabIndex={-1}>
          {state === "copied"
            ? "Copied to your clipboard and cleared from this page. Paste it where it belongs: it can't be shown again."
            : "Cleared from this page. It can't be shown again."}
        </p>
      ) : (
        <>
          <div class="field">
            <label for="secret-text">Secret</label>
            <textarea id="secret-text" readOnly rows={6} autocomplete="off" spellcheck={false} value={text} />
          </div>
          <div class="actions actions-balanced">
            <button type="button" onClick={copyAndClear}>
              Copy and clear
            </button>
            <button type="button" class="button-secondary" onClick={() => copy(text)}>
              {justCopied ? "Copied" : "Copy"}
            </button>
            <button type="button" class="button-quiet" onClick={onClear}>
              Clear
            </button>
          </div>
          <p class="hint" role="status">
            {state === "failed"
              ? "Couldn't copy. Select the text and copy it by hand."
              : state === "copied"
                ? "Copied to your clipboard."
                : "“Copy and clear” copies it, then removes it from this page."}
          </p>
        </>
      )}
      <p class="hint">Viewed at {formatLocalTime(viewedAt)}</p>
      <Notice tone="warning">
        {remainingViews > 0
          ? `${remainingViews} ${remainingViews === 1 ? "view remains" : "views remain"} before it is deleted`
          : "This secret has been permanently deleted"}
      </Notice>
    </>
  );
}
