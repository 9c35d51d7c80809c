import { useRef, useState } from "preact/hooks";
import { hintId } from "../../components/Field";
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
      <label for="passphrase">Passphrase</label>
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
          {shown ? "Hide" : "Show"}
          <span class="visually-hidden"> passphrase</span>
        </button>
        <button type="button" class="button-secondary" onClick={generate}>
          Generate
        </button>
      </div>
      <p class={short ? "hint hint-warning" : "hint"} id={hintId("passphrase")}>
        {short
          ? `Short passphrases are easy to guess: use at least ${SHORT_PASSPHRASE} characters, or Generate one.`
          : "Optional. Send it to the recipient another way than the link."}
      </p>
    </div>
  );
}
