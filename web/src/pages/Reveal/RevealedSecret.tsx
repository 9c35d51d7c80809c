import { Notice } from "../../components/Notice";
import { formatLocalTime } from "../../lib/local-time";
import { useClipboard } from "../../lib/use-clipboard";

export interface Revealed {
  text: string;
  viewedAt: string;
  remainingViews: number;
}

export function RevealedSecret({ text, viewedAt, remainingViews }: Revealed) {
  const { state, copy } = useClipboard();
  return (
    <>
      <div class="revealed-heading">
        <svg class="revealed-check" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
          <circle cx="12" cy="12" r="12" />
          <path d="M6.5 12.5l3.5 3.5 7.5-8" />
        </svg>
        <h1>Secret revealed</h1>
      </div>
      <div class="field">
        <label for="secret-text">Secret</label>
        <textarea id="secret-text" readOnly rows={6} autocomplete="off" spellcheck={false} value={text} />
      </div>
      <div class="actions">
        <button type="button" onClick={() => copy(text)}>
          {state === "copied" ? "Copied" : "Copy"}
        </button>
        <span class="hint" role="status">
          {state === "failed" && "Couldn't copy. Select the text and copy it by hand."}
        </span>
      </div>
      <p class="hint">Viewed at {formatLocalTime(viewedAt)}</p>
      <Notice tone="warning">
        {remainingViews > 0
          ? `${remainingViews} ${remainingViews === 1 ? "view remains" : "views remain"} before it is deleted`
          : "This secret has been permanently deleted"}
      </Notice>
    </>
  );
}
