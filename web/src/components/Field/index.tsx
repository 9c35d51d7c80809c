import type { ComponentChildren } from "preact";

interface FieldProps {
  /** The id of the control inside; the hint, if any, gets `${id}-hint` for aria-describedby. */
  id: string;
  label: string;
  hint?: string;
  children: ComponentChildren;
}

export function hintId(id: string): string {
  return `${id}-hint`;
}

export function Field({ id, label, hint, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p class="hint" id={hintId(id)}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A refusal shown at the field it is about, tied to the control by aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p class="field-error" id={id} role="alert">
      {message}
    </p>
  );
}
