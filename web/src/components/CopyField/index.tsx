import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { t } from "../../lib/i18n";
import { useClipboard } from "../../lib/use-clipboard";
import { hintId } from "../Field";
import "./style.css";

interface CopyFieldProps {
  id: string;
  label: string;
  value: string;
  /** The copy button's text, e.g. "Copy link". */
  copyLabel: string;
  hint?: ComponentChildren;
  /** Monospace, for tokens and commands. */
  code?: boolean;
  /** A multi-line value (a command): shown whole in a textarea of this many rows. */
  rows?: number;
  /** More buttons for the same row, after the copy button. */
  actions?: ComponentChildren;
}

const COPIED_FOR_MS = 2000;

/** A read-only value with a copy button that says when it worked and when to copy by hand. */
export function CopyField({ id, label, value, copyLabel, hint, code, rows, actions }: CopyFieldProps) {
  const { state, copy, reset } = useClipboard();

  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(reset, COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <div class="field copy-field">
      <label for={id}>{label}</label>
      <div class="copy-field-row">
        {rows ? (
          <textarea
            id={id}
            class={code ? "copy-field-code" : undefined}
            readOnly
            rows={rows}
            spellcheck={false}
            value={value}
            aria-describedby={hint ? hintId(id) : undefined}
            onFocus={(event) => event.currentTarget.select()}
          />
        ) : (
          <input
            id={id}
            class={code ? "copy-field-code" : undefined}
            readOnly
            value={value}
            aria-describedby={hint ? hintId(id) : undefined}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
        <button type="button" class="button-secondary copy-field-button" onClick={() => copy(value)}>
          {state === "copied" ? t("common.copy.copied") : copyLabel}
        </button>
        {actions}
      </div>
      <p class="hint" id={hintId(id)} role="status">
        {state === "failed" ? t("common.copy.failed") : hint}
      </p>
      {/* The button says "Copied" for the eye; this says it to a screen reader, without moving the layout. */}
      <span class="visually-hidden" role="status">
        {state === "copied" ? t("common.copy.announced") : ""}
      </span>
    </div>
  );
}
