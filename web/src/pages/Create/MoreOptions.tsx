import { Checkbox } from "../../components/Checkbox";
import { Field, hintId } from "../../components/Field";
import { listedEmails, type SeparateLinks } from "./group-recipients";
import { SeparateLinksField } from "./SeparateLinksField";

const EMAIL_HINT = "Emailing lets the Oncelink server see the link once, to send it. It keeps no copy.";

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
  const recipientNoun = separate ? "recipient emails" : "a Recipient Email";
  return (
    <details class="more-options">
      <summary>More options</summary>
      <SeparateLinksField value={separateLinks} onChange={onSeparateLinksChange} />
      {!separate && (
        <Field id="recipient-email" label="Recipient Email" hint="Optional. The account this secret is meant for.">
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
        label="Require login to view"
        hint={
          separate
            ? "Only a signed-in viewer can open a link. A link with a recipient email opens only for that account."
            : "Only a signed-in viewer can open it. With a recipient email, only that account can open it."
        }
        checked={options.requireLogin}
        onChange={(requireLogin) => set({ requireLogin })}
      />
      <Checkbox
        id="send-by-email"
        label="Send via email"
        hint={
          hasRecipient
            ? separate
              ? `Each recipient is mailed only their own link. ${EMAIL_HINT}`
              : EMAIL_HINT
            : `Needs ${recipientNoun}. ${EMAIL_HINT}`
        }
        checked={options.sendByEmail && hasRecipient}
        disabled={!hasRecipient}
        onChange={(sendByEmail) => set({ sendByEmail })}
      />
      <Checkbox
        id="notify-on-view"
        label="Notify me when viewed"
        hint="We'll email you when it's viewed, with when, by whom and from where — never the content."
        checked={options.notifyOnView}
        onChange={(notifyOnView) => set({ notifyOnView })}
      />
      <Checkbox
        id="show-sender"
        label="Show my email to the recipient"
        hint={
          verifiedEmail
            ? `The recipient sees that ${verifiedEmail} sent it, before opening it.`
            : "Needs a verified email address: only a verified address can be shown."
        }
        checked={options.showSender && verifiedEmail !== null}
        disabled={verifiedEmail === null}
        onChange={(showSender) => set({ showSender })}
      />
    </details>
  );
}
