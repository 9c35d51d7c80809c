import { t } from "../../lib/i18n";
import { Dialog } from "../Dialog";
import { Notice } from "../Notice";
import "./style.css";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; the destructive button is never the default focus. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onCancel} role="alertdialog">
      <p>{message}</p>
      {error && <Notice tone="error">{error}</Notice>}
      <div class="actions">
        <button type="button" class="button-secondary" autofocus onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <button type="button" class="button-danger" disabled={busy} onClick={onConfirm}>
          {busy ? t("common.pleaseWait") : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
