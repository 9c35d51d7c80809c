import { type MessageKey, t } from "../../../lib/i18n";
import { progressParts } from "../../../lib/transfer-progress";
import type { UploadProgress } from "./seal-and-upload";

/** Two bars, encrypting ahead of uploading, each with its sizes and the time left. */
export function UploadProgressBars({ progress }: { progress: UploadProgress }) {
  const elapsed = performance.now() - progress.startedAt;
  const bars: { id: string; message: MessageKey; done: number }[] = [
    { id: "encrypt-progress", message: "create.upload.encrypting", done: progress.encrypted },
    {
      id: "upload-progress",
      message: progress.retrying ? "create.upload.retrying" : "create.upload.uploading",
      done: progress.uploaded,
    },
  ];
  return (
    <div class="upload-progress">
      {bars.map((bar) => (
        <div key={bar.id} class="stretch-progress">
          <label for={bar.id}>{line(bar.message, progressParts(bar.done, progress.total, elapsed))}</label>
          <progress id={bar.id} max={progress.total} value={bar.done} />
        </div>
      ))}
    </div>
  );
}

/** "Uploading 2 MB of 20 MB · about 12 s left", from the create catalog. */
function line(message: MessageKey, parts: ReturnType<typeof progressParts>): string {
  const sizes = t(message, { done: parts.done, total: parts.total });
  return parts.left ? t("create.upload.timeLeft", { line: sizes, left: parts.left }) : sizes;
}
