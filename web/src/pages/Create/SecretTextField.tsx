import { useEffect, useMemo, useRef } from "preact/hooks";
import { FieldError } from "../../components/Field";
import { t } from "../../lib/i18n";
import { envelopeBytes, humanBytes } from "./secret-size";

interface Props {
  value: string;
  onInput: (value: string) => void;
  /** The deployment's MAX_SECRET_BYTES, from GET /api/config; null until it answers. */
  maxBytes: number | null;
  /** False when files are attached: a secret may be files alone. */
  required?: boolean;
  /** The field's name; the create form's by default (a responder's page names it its own way). */
  label?: string;
}

/** The secret's text, first and large, with its size against the limit, refused here when too large. */
export function SecretTextField({ value, onInput, maxBytes, required = true, label }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  // One pass over the text per change; a pasted megabyte costs milliseconds.
  const bytes = useMemo(() => envelopeBytes(value), [value]);
  const tooLarge = maxBytes !== null && bytes > maxBytes;
  const size =
    maxBytes === null
      ? humanBytes(bytes)
      : t("create.text.sizeOf", { size: humanBytes(bytes), max: humanBytes(maxBytes) });
  const problem = tooLarge ? t("create.text.tooLarge", { size }) : null;
  // The browser's own validation then stops the form before anything is encrypted or uploaded.
  useEffect(() => textarea.current?.setCustomValidity(problem ?? ""), [problem]);

  return (
    <div class="field secret-text-field">
      <div class="secret-text-label">
        <label for="text">{label ?? t("create.text.label")}</label>
        <span class={tooLarge ? "secret-size secret-size-over" : "secret-size"} id="text-size">
          {value === "" ? t("create.text.upTo", { max: humanBytes(maxBytes ?? 0) }) : size}
        </span>
      </div>
      <textarea
        id="text"
        ref={textarea}
        required={required}
        rows={8}
        autocomplete="off"
        spellcheck={false}
        autofocus
        aria-describedby={problem ? "text-error text-size" : "text-size"}
        aria-invalid={tooLarge || undefined}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {problem && <FieldError id="text-error" message={problem} />}
    </div>
  );
}
