import type { Ref } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { type MessageKey, t } from "../../lib/i18n";
import "./style.css";

interface PasswordInputProps {
  id: string;
  value: string;
  onInput: (value: string) => void;
  autocomplete: "new-password" | "current-password" | "off";
  inputRef?: Ref<HTMLInputElement>;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  describedBy?: string;
  invalid?: boolean;
  /** Show zxcvbn's estimate under the field, with these words (the email) counted as guessable. */
  meterWords?: string[];
  /** Why the browser must refuse to submit this value (shown by the form's own validation), if it must. */
  problem?: string | null;
}

const LABELS: MessageKey[] = [
  "common.password.veryWeak",
  "common.password.weak",
  "common.password.fair",
  "common.password.strong",
  "common.password.veryStrong",
];

/** A password field with a Show/Hide toggle and, for a new password, a strength meter. */
export function PasswordInput(props: PasswordInputProps) {
  const { id, value, onInput, inputRef, meterWords, describedBy, invalid, problem, ...rest } = props;
  const [shown, setShown] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => input.current?.setCustomValidity(problem ?? ""), [problem]);
  // Switched on the element, not as a prop: Preact's types tie each input type to its own attributes, and
  // the rendered type="password" never changes, so a re-render leaves this alone.
  useEffect(() => {
    if (input.current) input.current.type = shown ? "text" : "password";
  }, [shown]);
  const setInput = (element: HTMLInputElement | null) => {
    input.current = element;
    if (typeof inputRef === "function") inputRef(element);
    else if (inputRef) inputRef.current = element;
  };
  const score = useStrength(meterWords ? value : "", meterWords ?? []);
  return (
    <>
      <div class="password-input">
        <input
          id={id}
          ref={setInput}
          type="password"
          spellcheck={false}
          autocapitalize="off"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
          {...rest}
        />
        <button
          type="button"
          class="button-quiet password-toggle"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown(!shown)}
        >
          {/* Seen: "Show"; heard: "Show password" (not aria-label, which would make the button a label of the field). */}
          <span aria-hidden="true">{t(shown ? "common.password.hide" : "common.password.show")}</span>
          <span class="visually-hidden">{t(shown ? "common.password.hideLabel" : "common.password.showLabel")}</span>
        </button>
      </div>
      {meterWords && score !== null && (
        <div class="password-meter" data-score={score}>
          <meter
            min={0}
            max={4}
            low={2}
            high={3}
            optimum={4}
            value={score}
            aria-label={t("common.password.strength")}
          />
          <span>{t(LABELS[score] ?? "common.password.fair")}</span>
        </div>
      )}
    </>
  );
}

/** The score of `password`, or null while empty or while the estimator's chunk loads. */
function useStrength(password: string, words: string[]): number | null {
  const [score, setScore] = useState<number | null>(null);
  useEffect(() => {
    if (!password) return setScore(null);
    let current = true;
    import("./strength").then(
      ({ strengthOf }) => current && setScore(strengthOf(password, words)),
      () => current && setScore(null),
    );
    return () => {
      current = false;
    };
  }, [password, words.join(" ")]);
  return score;
}
