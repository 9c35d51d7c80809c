import { progressParts } from "../../../lib/transfer-progress";
import type { UploadProgress } from "./seal-and-upload";

/** Two bars, encrypting ahead of uploading, each with its sizes and the time left. */
export function UploadProgressBars({ progress }: { progress: UploadProgress }) {
  const elapsed = performance.now() - progress.startedAt;
  const bars = [
    { id: "encrypt-progress", label: "Encrypting", done: progress.encrypted },
    {
      id: "upload-progress",
      label: progress.retrying ? "Connection lost, retrying… Uploaded" : "Uploading",
      done: progress.uploaded,
    },
  ];
  return (
    <div class="upload-progress">
      {bars.map((bar) => (
        <div key={bar.id} class="stretch-progress">
          <label for={bar.id}>{line(bar.label, progressParts(bar.done, progress.total, elapsed))}</label>
          <progress id={bar.id} max={progress.total} value={bar.done} />
        </div>
      ))}
    </div>
  );
}

// TODO(i18n-create): this sentence goes to the create catalog.
function line(label: string, parts: ReturnType<typeof progressParts>): string {
  return `${label} ${parts.done} of ${parts.total}${parts.left ? ` · about ${parts.left} left` : ""}`;
}
