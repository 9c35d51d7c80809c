import { MAX_GROUP_LINKS } from "../../../../protocol/limits";
import { Checkbox } from "../../components/Checkbox";
import { Field, hintId } from "../../components/Field";
import { t } from "../../lib/i18n";
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
        label={t("create.separate.label")}
        hint={t("create.separate.hint", { max: MAX_GROUP_LINKS })}
        checked={value.enabled}
        onChange={(enabled) => set({ enabled })}
      />
      {value.enabled && (
        <div class="separate-links-fields">
          <Field id="recipient-emails" label={t("create.separate.emails")} hint={t("create.separate.emailsHint")}>
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
            label={t("create.separate.count")}
            hint={emails > 0 ? t("create.separate.countFromEmails", { count: emails }) : t("create.separate.countHint")}
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
