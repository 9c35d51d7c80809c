import { MAX_GROUP_LINKS } from "../../../../protocol/limits";
import { Checkbox } from "../../components/Checkbox";
import { Field, hintId } from "../../components/Field";
import { listedEmails, type SeparateLinks } from "./group-recipients";

interface Props {
  value: SeparateLinks;
  onChange: (value: SeparateLinks) => void;
}

/** One secret, many recipients: N links, each under its own key, each opening once on its own. */
export function SeparateLinksField({ value, onChange }: Props) {
  const set = (change: Partial<SeparateLinks>) => onChange({ ...value, ...change });
  const emails = listedEmails(value.emails).length;
  return (
    <div class="separate-links">
      <Checkbox
        id="separate-links"
        label="Separate link per recipient"
        hint={`Each recipient gets a link of their own (up to ${MAX_GROUP_LINKS}), which opens once: you see who opened theirs.`}
        checked={value.enabled}
        onChange={(enabled) => set({ enabled })}
      />
      {value.enabled && (
        <div class="separate-links-fields">
          <Field id="recipient-emails" label="Recipient emails" hint="One per line, or separated by commas.">
            <textarea
              id="recipient-emails"
              rows={3}
              autocomplete="off"
              spellcheck={false}
              aria-describedby={hintId("recipient-emails")}
              value={value.emails}
              onInput={(event) => set({ emails: event.currentTarget.value })}
            />
          </Field>
          <Field
            id="link-count"
            label="Number of links"
            hint={emails > 0 ? `One per email: ${emails}.` : "Without emails: links for nobody in particular."}
          >
            <input
              id="link-count"
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              disabled={emails > 0}
              aria-describedby={hintId("link-count")}
              value={emails > 0 ? String(emails) : value.count}
              onInput={(event) => set({ count: event.currentTarget.value })}
            />
          </Field>
        </div>
      )}
    </div>
  );
}
