import { Countdown } from "../../components/Countdown";
import { Notice } from "../../components/Notice";
import { formatLocalTime } from "../../lib/local-time";
import type { CopyState } from "../../lib/use-clipboard";
import type { Created } from "./CreateSecretForm";
import { ShareQrCode } from "./ShareQrCode";
import type { LinkMail } from "./use-link-mail";

interface CreatedLinkProps extends Created {
  copyState: CopyState;
  mail: LinkMail | null;
  onCopy: (link: string) => void;
  onSendAgain: () => void;
  onCreateAnother: () => void;
  onDone: () => void;
}

export function CreatedLink({
  link,
  secret,
  copyState,
  mail,
  onCopy,
  onSendAgain,
  onCreateAnother,
  onDone,
}: CreatedLinkProps) {
  const views = secret.maxViews === 1 ? "once" : `${secret.maxViews} times`;
  return (
    <>
      <Notice tone="success">
        <p>
          <strong>Secret created.</strong> {copyState === "copied" && "The link is on your clipboard."}
        </p>
        {mail?.state === "sending" && <p>Sending the link to {mail.to}…</p>}
        {mail?.state === "sent" && <p>Link sent to {mail.to}.</p>}
      </Notice>
      {mail?.state === "failed" && (
        <Notice tone="error">
          <p>
            <strong>The link was not emailed to {mail.to}.</strong> {mail.message}
          </p>
          <p>The link below still works: send it another way.</p>
          {mail.retryable && (
            <button type="button" class="button-secondary" onClick={onSendAgain}>
              Send again
            </button>
          )}
        </Notice>
      )}
      {copyState === "failed" && (
        <Notice tone="warning">Couldn't copy the link automatically. Select it below and copy it by hand.</Notice>
      )}
      <div class="field">
        <label for="link">Share link</label>
        <input
          id="link"
          readOnly
          value={link}
          aria-describedby="link-hint"
          onFocus={(event) => event.currentTarget.select()}
        />
        <div class="created-link-notes" id="link-hint">
          <p class="hint">
            It can be opened {views} and expires <Countdown until={secret.expiresAt} />, at{" "}
            {formatLocalTime(secret.expiresAt)}. Anyone holding the whole link can open it, so send it only to the
            recipient.
          </p>
          <p class="hint">
            Safe to paste in a chat: link previews and scanners don't use it up. Only pressing “View Secret” with the
            whole link does.
          </p>
          <p class="hint">Its key stays in this browser: other devices show the link without it.</p>
        </div>
      </div>
      <ShareQrCode link={link} />
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
