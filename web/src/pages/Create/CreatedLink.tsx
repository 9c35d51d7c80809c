import { useEffect, useRef } from "preact/hooks";
import type { Secret } from "../../../../protocol/api";
import { Countdown } from "../../components/Countdown";
import { Notice } from "../../components/Notice";
import { formatLocalTime } from "../../lib/local-time";
import type { CopyState } from "../../lib/use-clipboard";
import type { Created } from "./create-links";
import { ShareQrCode } from "./ShareQrCode";
import type { LinkMail } from "./use-link-mail";

interface CreatedLinkProps extends Created {
  copyState: CopyState;
  /** For 2 s after each copy: the button reads "Copied", then "Copy link" again. */
  justCopied: boolean;
  mail: LinkMail | null;
  onCopy: (link: string) => void;
  onSendAgain: () => void;
  onCreateAnother: () => void;
  onDone: () => void;
}

export function CreatedLink({
  link,
  secret,
  showSender,
  copyState,
  justCopied,
  mail,
  onCopy,
  onSendAgain,
  onCreateAnother,
  onDone,
}: CreatedLinkProps) {
  const views = secret.maxViews === 1 ? "once" : `${secret.maxViews} times`;
  const copyButton = useRef<HTMLButtonElement>(null);
  // The form that had focus is gone: keyboard users land on the next thing to do, inside the dialog.
  useEffect(() => copyButton.current?.focus(), []);
  return (
    <>
      <div class="created-summary">
        <p class="created-name">{secret.name ?? "Untitled secret"}</p>
        <p class="hint">{optionsSummary(secret, showSender)}</p>
      </div>
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
      {secret.passphrase && (
        <Notice tone="warning">
          <p>
            <strong>It has a passphrase:</strong> send it another way than the link (a call, another chat), so one
            intercepted message can't open the secret.
          </p>
        </Notice>
      )}
      <ShareQrCode link={link} />
      <div class="actions actions-balanced">
        <button type="button" ref={copyButton} onClick={() => onCopy(link)}>
          {justCopied ? "Copied" : "Copy link"}
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

/** "1 view · expires in 1 hour · passphrase · login required": every option in one line. */
function optionsSummary(secret: Secret, showSender: boolean): string {
  // Rounded to the minute first: createdAt is stamped a moment after expiresAt was computed.
  const minutes = Math.round((Date.parse(secret.expiresAt) - Date.parse(secret.createdAt)) / 60_000);
  const lasts =
    minutes < 60
      ? `${minutes} min`
      : minutes < 48 * 60
        ? `${Math.round(minutes / 60)} h`
        : `${Math.round(minutes / 1440)} days`;
  return [
    secret.maxViews === 1 ? "1 view" : `${secret.maxViews} views`,
    `expires after ${lasts}`,
    secret.passphrase && "passphrase",
    secret.requireLogin && "login required",
    secret.recipientEmail && `for ${secret.recipientEmail}`,
    secret.notifyOnView && "notifies you",
    showSender && "shows your email",
  ]
    .filter(Boolean)
    .join(" · ");
}
