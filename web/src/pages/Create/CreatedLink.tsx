import { useEffect, useRef } from "preact/hooks";
import type { Secret } from "../../../../protocol/api";
import { Countdown } from "../../components/Countdown";
import { Notice } from "../../components/Notice";
import { t } from "../../lib/i18n";
import { tRich } from "../../lib/i18n-rich";
import { formatLocalTime } from "../../lib/local-time";
import type { CopyState } from "../../lib/use-clipboard";
import type { Created } from "./create-links";
import { ShareQrCode } from "./ShareQrCode";
import type { LinkMail } from "./use-link-mail";
import { isolated } from "./wording";

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
  const copyButton = useRef<HTMLButtonElement>(null);
  // The form that had focus is gone: keyboard users land on the next thing to do, inside the dialog.
  useEffect(() => copyButton.current?.focus(), []);
  return (
    <>
      <div class="created-summary">
        <p class="created-name">{secret.name ?? t("create.created.untitled")}</p>
        <p class="hint">{optionsSummary(secret, showSender)}</p>
      </div>
      <Notice tone="success">
        <p>
          <strong>{t("create.created.title")}</strong> {copyState === "copied" && t("create.created.onClipboard")}
        </p>
        {mail?.state === "sending" && <p>{t("create.created.sending", { email: isolated(mail.to) })}</p>}
        {mail?.state === "sent" && <p>{t("create.created.sent", { email: isolated(mail.to) })}</p>}
      </Notice>
      {mail?.state === "failed" && (
        <Notice tone="error">
          <p>
            <strong>{t("create.created.notEmailed", { email: isolated(mail.to) })}</strong> {mail.message}
          </p>
          <p>{t("create.created.stillWorks")}</p>
          {mail.retryable && (
            <button type="button" class="button-secondary" onClick={onSendAgain}>
              {t("create.created.sendAgain")}
            </button>
          )}
        </Notice>
      )}
      {copyState === "failed" && <Notice tone="warning">{t("create.created.copyFailed")}</Notice>}
      <div class="field">
        <label for="link">{t("create.created.shareLink")}</label>
        <input
          id="link"
          readOnly
          value={link}
          aria-describedby="link-hint"
          onFocus={(event) => event.currentTarget.select()}
        />
        <div class="created-link-notes" id="link-hint">
          <p class="hint">
            {tRich(
              "create.created.opens",
              { countdown: () => <Countdown until={secret.expiresAt} /> },
              { views: secret.maxViews, at: formatLocalTime(secret.expiresAt) },
            )}
          </p>
          <p class="hint">{t("create.created.safeInChat")}</p>
          <p class="hint">{t("create.created.keyHere")}</p>
        </div>
      </div>
      {secret.passphrase && (
        <Notice tone="warning">
          <p>{tRich("create.created.passphrase", { strong: (text) => <strong>{text}</strong> })}</p>
        </Notice>
      )}
      <ShareQrCode link={link} />
      <div class="actions actions-balanced">
        <button type="button" ref={copyButton} onClick={() => onCopy(link)}>
          {t(justCopied ? "common.copy.copied" : "create.created.copyLink")}
        </button>
        <button type="button" class="button-secondary" onClick={onCreateAnother}>
          {t("create.created.another")}
        </button>
        <button type="button" class="button-quiet" onClick={onDone}>
          {t("create.created.done")}
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
      ? t("create.summary.minutes", { n: minutes })
      : minutes < 48 * 60
        ? t("create.summary.hours", { n: Math.round(minutes / 60) })
        : t("create.summary.days", { n: Math.round(minutes / 1440) });
  return [
    t("create.summary.views", { n: secret.maxViews }),
    t("create.summary.expires", { time: lasts }),
    secret.passphrase && t("create.summary.passphrase"),
    secret.requireLogin && t("create.summary.loginRequired"),
    secret.recipientEmail && t("create.summary.for", { email: isolated(secret.recipientEmail) }),
    secret.notifyOnView && t("create.summary.notifies"),
    showSender && t("create.summary.showsEmail"),
  ]
    .filter(Boolean)
    .join(" · ");
}
