import { useState } from "preact/hooks";
import type { QrCode as QrCodeComponent } from "../../components/QrCode";

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
        {open ? "Hide QR code" : "Show QR code"}
      </button>
      {open && (
        <div id={PANEL_ID} class="share-qr-panel">
          {/* A fixed square, so nothing moves when the code arrives. */}
          <div class="share-qr-code">
            {QrCode && <QrCode value={link} label="QR code of the link, to open it on a phone" />}
            {failed && <p class="hint">The QR code didn't load. Check your connection, or copy the link instead.</p>}
          </div>
          <p class="hint">
            Scan it with a phone's camera to open the link there. Anyone who can see your screen can scan it too.
          </p>
        </div>
      )}
    </div>
  );
}
