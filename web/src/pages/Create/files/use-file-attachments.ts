// The create form's files: which are attached, whether they fit, and their upload after the create.
// CreateSecretForm calls this one hook and mounts <FileAttachments> with what it answers.
import { useEffect, useRef, useState } from "preact/hooks";
import { MAX_FILE_NAME_LENGTH, MAX_FILES, planFiles } from "../../../../../protocol/file-stream";
import { ApiError, errorMessage } from "../../../lib/api";
import { burnSecret, getAppConfig } from "../../../lib/api-routes";
import { t } from "../../../lib/i18n";
import { humanBytes } from "../../../lib/transfer-progress";
import { type FileUpload, manifestOf, sealAndUpload, type UploadProgress } from "./seal-and-upload";

export interface FileAttachments {
  files: File[];
  /** MAX_FILE_BYTES, from GET /api/config; null until it answers. */
  maxBytes: number | null;
  /** The sealed size of the attached files, as the server counts it. */
  sealedBytes: number;
  /** Why the last files added were refused; shown at the field. */
  problem: string | null;
  /** The attached files are over the limit: the form must not be sent. */
  overLimit: boolean;
  progress: UploadProgress | null;
  add: (added: readonly File[]) => void;
  remove: (index: number) => void;
  /** For sealSecret: the manifest, sealed with the text (names and types never leave the browser in clear). */
  manifest: ReturnType<typeof manifestOf> | undefined;
  /** For the create body: how many sealed bytes will follow. */
  createFields: { files?: { bytes: number } };
  /** After the create: uploads every file; the secret is shareable once this resolves. */
  upload: (target: Omit<FileUpload, "signal">) => Promise<void>;
}

export function useFileAttachments(): FileAttachments {
  const [files, setFiles] = useState<File[]>([]);
  const [maxBytes, setMaxBytes] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const stop = useRef<AbortController | null>(null);

  useEffect(() => {
    getAppConfig().then(
      (config) => setMaxBytes(config.maxFileBytes),
      // Unknown: the server still refuses too much with 413, and the form shows its message.
      () => setMaxBytes(null),
    );
    // Closing the dialog stops an upload in flight; the secret it belonged to was never shared.
    return () => stop.current?.abort();
  }, []);

  const sealedBytes = planFiles(manifestOf(files)).sealedBytes;
  // Files chosen before the limit was known are checked again once it is.
  const overLimit =
    maxBytes !== null && sealedBytes > maxBytes
      ? t("create.files.overLimit", { size: humanBytes(sealedBytes), max: humanBytes(maxBytes) })
      : null;

  function add(added: readonly File[]) {
    const next = [...files];
    for (const file of added) {
      const refusal = refusalOf(file, next, maxBytes);
      if (refusal) {
        setProblem(refusal);
        return;
      }
      next.push(file);
    }
    setProblem(null);
    setFiles(next);
  }

  async function upload(target: Omit<FileUpload, "signal">) {
    if (files.length === 0) return;
    stop.current = new AbortController();
    try {
      await sealAndUpload({ ...target, signal: stop.current.signal }, files, (next) => setProgress({ ...next }));
    } catch (error) {
      // An upload that cannot finish leaves a secret nobody can open: remove it rather than let it wait for expiry.
      await burnSecret(target.id).catch(() => undefined);
      setProgress(null);
      const reason = error instanceof ApiError ? errorMessage(error) : t("create.files.unreadable");
      throw new ApiError(
        error instanceof ApiError ? error.status : 0,
        "upload_failed",
        t("create.files.nothingShared", { reason }),
      );
    }
  }

  return {
    files,
    maxBytes,
    sealedBytes,
    problem: problem ?? overLimit,
    overLimit: overLimit !== null,
    progress,
    add,
    remove: (index) => {
      setProblem(null);
      setFiles(files.filter((_, i) => i !== index));
    },
    manifest: files.length ? manifestOf(files) : undefined,
    createFields: files.length ? { files: { bytes: sealedBytes } } : {},
    upload,
  };
}

/** Why `file` cannot join `attached`, or null: checked here so nothing is encrypted or sent in vain. */
function refusalOf(file: File, attached: readonly File[], maxBytes: number | null): string | null {
  if (attached.length >= MAX_FILES) return t("create.files.tooMany", { max: MAX_FILES });
  if (file.name.length > MAX_FILE_NAME_LENGTH) return t("create.files.nameTooLong", { name: file.name.slice(0, 40) });
  if (attached.some((other) => other.name === file.name)) return t("create.files.already", { name: file.name });
  const sealed = planFiles(manifestOf([...attached, file])).sealedBytes;
  if (maxBytes !== null && sealed > maxBytes) {
    return t("create.files.tooLarge", { name: file.name, size: humanBytes(sealed), max: humanBytes(maxBytes) });
  }
  return null;
}
