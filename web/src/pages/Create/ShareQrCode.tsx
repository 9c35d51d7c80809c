import { useState } from "preact/hooks";
import type { QrCode as QrCodeComponent } from "../../components/QrCode";
import { t } from "../../lib/i18n";

const PANEL_ID = "share-qr";

/**
 * The share link as a QR code, to open it on a phone. Shown on request, not by default: a code on a
 * shared or recorded screen is one camera away from the secret. The encoder is fetched only then, too.
 */
export function ShareQrCode({ link }: { link: string }) {
  const [open, setOpen] = useState(false);
  const [QrCode, setQrCode] = useState<typeof QrCodeComponent | null>(null);
  const [failed, setFailed] = useState(false);

  function toggle() {
    setOpen(!open);
    if (open || QrCode) return;
    setFailed(false);
    import("../../components/QrCode").then(
      (module) => setQrCode(() => module.QrCode),
      () => setFailed(true),
    );
  }

  return (
    <div class="share-qr">
      <button
        type="button"
        class="button-secondary"
        aria-expanded={open}
        aria-controls={open ? PANEL_ID : undefined}
        onClick={toggle}
      >
        {t(open ? "create.qr.hide" : "create.qr.show")}
      </button>
      {open && (
        <div id={PANEL_ID} class="share-qr-panel">
          {/* A fixed square, so nothing moves when the code arrives. */}
          <div class="share-qr-code">
            {QrCode && <QrCode value={link} label={t("create.qr.label")} />}
            {failed && <p class="hint">{t("create.qr.failed")}</p>}
          </div>
          <p class="hint">{t("create.qr.hint")}</p>
        </div>
      )}
    </div>
  );
}
