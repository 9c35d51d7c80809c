import { useRef, useState } from "preact/hooks";
import { hintId } from "../../components/Field";
import { t } from "../../lib/i18n";
import { randomPassphrase } from "./random-passphrase";
import "../../components/PasswordInput/style.css";

/** Shorter than this, a passphrase falls to guessing before the five attempts matter much less. */
const SHORT_PASSPHRASE = 8;

interface Props {
  value: string;
  onInput: (value: string) => void;
}

/** The optional passphrase, with a generator (shown in clear, to copy) and a warning when it is short. */
export function PassphraseField({ value, onInput }: Props) {
  const [shown, setShown] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const short = value !== "" && [...value].length < SHORT_PASSPHRASE;

  function generate() {
    onInput(randomPassphrase());
    setShown(true);
    if (input.current) input.current.type = "text";
    input.current?.select();
  }

  function toggle() {
    setShown(!shown);
    // Switched on the element: Preact's types tie each input type to its own attributes.
    if (input.current) input.current.type = shown ? "password" : "text";
  }

  return (
    <div class="field">
      <label for="passphrase">{t("create.passphrase.label")}</label>
      <div class="password-input">
        <input
          id="passphrase"
          ref={input}
          type="password"
          autocomplete="new-password"
          spellcheck={false}
          aria-describedby={hintId("passphrase")}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <button type="button" class="button-quiet password-toggle" aria-pressed={shown} onClick={toggle}>
          {/* Seen: "Show"; heard: "Show passphrase", as the password fields do. */}
          <span aria-hidden="true">{t(shown ? "common.password.hide" : "common.password.show")}</span>
          <span class="visually-hidden">
            {t(shown ? "create.passphrase.hideLabel" : "create.passphrase.showLabel")}
          </span>
        </button>
        <button type="button" class="button-secondary" onClick={generate}>
          {t("create.passphrase.generate")}
        </button>
      </div>
      <p class={short ? "hint hint-warning" : "hint"} id={hintId("passphrase")}>
        {short ? t("create.passphrase.short", { min: SHORT_PASSPHRASE }) : t("create.passphrase.hint")}
      </p>
    </div>
  );
}
