import type { Ref } from "preact";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../../../protocol/limits";
import { Field, hintId } from "../Field";

interface Props {
  value: string;
  onInput: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** "New password", as the invite setup and the password change both ask for it. */
export function NewPasswordField({ value, onInput, inputRef }: Props) {
  return (
    <Field id="new-password" label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}>
      <input
        id="new-password"
        ref={inputRef}
        type="password"
        autocomplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
        aria-describedby={hintId("new-password")}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </Field>
  );
}
