import { Checkbox } from "../../components/Checkbox";
import { Field, hintId } from "../../components/Field";
import { t } from "../../lib/i18n";
import { listedEmails, type SeparateLinks } from "./group-recipients";
import { SeparateLinksField } from "./SeparateLinksField";
import { isolated } from "./wording";

export interface RecipientOptions {
  recipientEmail: string;
  requireLogin: boolean;
  sendByEmail: boolean;
  notifyOnView: boolean;
  showSender: boolean;
}

interface Props {
  options: RecipientOptions;
  onChange: (options: RecipientOptions) => void;
  /** The creator's address when it is verified: only then can it be shown to the recipient. */
  verifiedEmail: string | null;
  separateLinks: SeparateLinks;
  onSeparateLinksChange: (separateLinks: SeparateLinks) => void;
}

/** Who may open it and what mail goes out: folded away, since most secrets need none of it. */
export function MoreOptions({ options, onChange, verifiedEmail, separateLinks, onSeparateLinksChange }: Props) {
  const set = (change: Partial<RecipientOptions>) => onChange({ ...options, ...change });
  const separate = separateLinks.enabled;
  const hasRecipient = separate ? listedEmails(separateLinks.emails).length > 0 : options.recipientEmail.trim() !== "";
  const emailHint = hasRecipient
    ? t(separate ? "create.more.emailHintGroup" : "create.more.emailHint")
    : t(separate ? "create.more.emailNeedsRecipients" : "create.more.emailNeedsRecipient");
  return (
    <details class="more-options">
      <summary>{t("create.more.summary")}</summary>
      <SeparateLinksField value={separateLinks} onChange={onSeparateLinksChange} />
      {!separate && (
        <Field id="recipient-email" label={t("create.more.recipient")} hint={t("create.more.recipientHint")}>
          <input
            id="recipient-email"
            type="email"
            autocomplete="off"
            aria-describedby={hintId("recipient-email")}
            value={options.recipientEmail}
            onInput={(event) => set({ recipientEmail: event.currentTarget.value })}
          />
        </Field>
      )}
      <Checkbox
        id="require-login"
        label={t("create.more.requireLogin")}
        hint={t(separate ? "create.more.requireLoginHintGroup" : "create.more.requireLoginHint")}
        checked={options.requireLogin}
        onChange={(requireLogin) => set({ requireLogin })}
      />
      <Checkbox
        id="send-by-email"
        label={t("create.more.sendByEmail")}
        hint={emailHint}
        checked={options.sendByEmail && hasRecipient}
        disabled={!hasRecipient}
        onChange={(sendByEmail) => set({ sendByEmail })}
      />
      <Checkbox
        id="notify-on-view"
        label={t("create.more.notify")}
        hint={t("create.more.notifyHint")}
        checked={options.notifyOnView}
        onChange={(notifyOnView) => set({ notifyOnView })}
      />
      <Checkbox
        id="show-sender"
        label={t("create.more.showSender")}
        hint={
          verifiedEmail
            ? t("create.more.showSenderHint", { email: isolated(verifiedEmail) })
            : t("create.more.showSenderUnverified")
        }
        checked={options.showSender && verifiedEmail !== null}
        disabled={verifiedEmail === null}
        onChange={(showSender) => set({ showSender })}
      />
    </details>
  );
}
