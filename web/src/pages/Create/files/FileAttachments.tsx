// Files by drag and drop or the picker, listed with their sizes and removable until the secret is created;
// during the upload, the bars for encrypting and uploading.
import { useEffect, useRef, useState } from "preact/hooks";
import { FieldError } from "../../../components/Field";
import { t } from "../../../lib/i18n";
import { humanBytes } from "../../../lib/transfer-progress";
import { UploadProgressBars } from "./UploadProgressBars";
import type { FileAttachments as Attachments } from "./use-file-attachments";
import "./style.css";

export function FileAttachments({ attachments, disabled }: { attachments: Attachments; disabled: boolean }) {
  const { files, maxBytes, sealedBytes, problem, overLimit, progress, add, remove } = attachments;
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // As the text field does: the browser's own validation then stops the form before anything is sent.
  useEffect(() => input.current?.setCustomValidity(overLimit ? (problem ?? "") : ""), [overLimit, problem]);

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!disabled) add([...(event.dataTransfer?.files ?? [])]);
  }

  return (
    <div class="field file-field">
      {/* The drop target for a mouse; the file input inside is the way in for the keyboard. */}
      <fieldset
        class={dragging ? "file-drop file-drop-active" : "file-drop"}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label for="files">{t("create.files.label")}</label>
        <input
          id="files"
          ref={input}
          type="file"
          multiple
          disabled={disabled}
          aria-describedby={problem ? "files-error files-hint" : "files-hint"}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            add([...(event.currentTarget.files ?? [])]);
            // Emptied, so choosing the same file again after removing it still reports a change.
            event.currentTarget.value = "";
          }}
        />
        <p class="hint" id="files-hint">
          {maxBytes === null ? t("create.files.hint") : t("create.files.hintLimit", { max: humanBytes(maxBytes) })}
        </p>
      </fieldset>
      {problem && <FieldError id="files-error" message={problem} />}
      {files.length > 0 && (
        <ul class="file-list" aria-label={t("create.files.list")}>
          {files.map((file, index) => (
            <li key={file.name}>
              <span class="file-name">{file.name}</span>
              <span class="file-size">{humanBytes(file.size)}</span>
              <button
                type="button"
                class="button-quiet"
                disabled={disabled}
                aria-label={t("create.files.removeLabel", { name: file.name })}
                onClick={() => remove(index)}
              >
                {t("create.files.remove")}
              </button>
            </li>
          ))}
          {files.length > 1 && (
            <li class="file-total hint">{t("create.files.total", { size: humanBytes(sealedBytes) })}</li>
          )}
        </ul>
      )}
      {progress && <UploadProgressBars progress={progress} />}
    </div>
  );
}
