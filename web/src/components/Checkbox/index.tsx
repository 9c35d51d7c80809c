import { hintId } from "../Field";
import "./style.css";

interface CheckboxProps {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export function Checkbox({ id, label, hint, checked, disabled, onChange }: CheckboxProps) {
  return (
    <div class="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? hintId(id) : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={hintId(id)}>
          {hint}
        </p>
      )}
    </div>
  );
}
