import { Notice } from "../../components/Notice";
import { formatLocalTime } from "../../lib/local-time";
import type { CopyState } from "../../lib/use-clipboard";
import type { Created } from "./CreateSecretForm";

interface CreatedLinkProps extends Created {
  copyState: CopyState;
  onCopy: (link: string) => void;
  onCreateAnother: () => void;
  onDone: () => void;
}

export function CreatedLink({ link, secret, copyState, onCopy, onCreateAnother, onDone }: CreatedLinkProps) {
  const views = secret.maxViews === 1 ? "once" : `${secret.maxViews} times`;
  return (
    <>
      <Notice tone="success">
        <p>
          <strong>Secret created.</strong> {copyState === "copied" && "The link is on your clipboard."}
        </p>
      </Notice>
      {copyState === "failed" && (
        <Notice tone="warning">Couldn't copy the link automatically. Select it below and copy it by hand.</Notice>
      )}
      <div class="field">
        <label for="link">Share link</label>
        <input id="link" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <p class="hint">
          It can be opened {views} and expires {formatLocalTime(secret.expiresAt)}. Anyone holding the whole link can
          open it, so send it only to the recipient. Its key stays in this browser: other devices show the link without
          it.
        </p>
      </div>
      <div class="actions">
        <button type="button" onClick={() => onCopy(link)}>
          {copyState === "copied" ? "Copied" : "Copy link"}
        </button>
        <button type="button" class="button-secondary" onClick={onCreateAnother}>
          Create another
        </button>
        <button type="button" class="button-quiet" onClick={onDone}>
          Done
        </button>
      </div>
    </>
  );
}
