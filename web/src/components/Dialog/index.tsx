import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef } from "preact/hooks";
import { t } from "../../lib/i18n";
import "./style.css";

interface DialogProps {
  open: boolean;
  title: string;
  /** Called once the dialog has closed, whether by Escape, a button, or `open` turning false. */
  onClose: () => void;
  children: ComponentChildren;
  /** `alertdialog` for confirmations that interrupt. */
  role?: "dialog" | "alertdialog";
}

/**
 * A native modal <dialog>: the browser traps focus, closes it on Escape, makes the page behind it inert
 * and returns focus to the opener. Children render only while it is open, so nothing typed in it
 * lingers in the page once it is closed.
 */
export function Dialog({ open, title, onClose, children, role }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} class="dialog" role={role} aria-labelledby={titleId} onClose={onClose}>
      {open && (
        <>
          <div class="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" class="button-quiet dialog-close" aria-label={t("common.close")} onClick={onClose}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
