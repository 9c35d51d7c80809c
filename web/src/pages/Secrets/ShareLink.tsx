import { useEffect, useState } from "preact/hooks";
import type { Secret } from "../../../../protocol/api";
import { t } from "../../lib/i18n";
import { useClipboard } from "../../lib/use-clipboard";

const COPIED_FOR_MS = 2000;

interface ShareLinkProps {
  secret: Secret;
  /** The full link with its key; undefined in a browser that did not create the secret. */
  link: string | undefined;
  onBurn: (secret: Secret) => void;
}

/**
 * An active secret's link. The key is masked until asked for (anyone looking at the screen could read it
 * off), and a browser without the key offers no link at all: the bare address would open nothing.
 */
export function ShareLink({ secret, link, onBurn }: ShareLinkProps) {
  const [shown, setShown] = useState(false);
  const { state, copy, reset } = useClipboard();
  const fieldId = `link-${secret.id}`;
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(reset, COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const burn = (
    <button type="button" class="button-danger-outline secret-burn" onClick={() => onBurn(secret)}>
      {t("secrets.link.burn")}
    </button>
  );
  if (!link) {
    return (
      <div class="share-link share-link-missing">
        <p class="hint">{t("secrets.link.noKey")}</p>
        {burn}
      </div>
    );
  }
  const masked = `${secret.url}#${"•".repeat(12)}`;
  return (
    <div class="share-link">
      <label class="visually-hidden" for={fieldId}>
        {t("secrets.link.label")}
      </label>
      <input id={fieldId} class="share-link-value" readOnly value={shown ? link : masked} spellcheck={false} />
      <div class="share-link-buttons">
        <button type="button" class="button-secondary" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {shown ? t("secrets.link.hideKey") : t("secrets.link.showKey")}
        </button>
        <button type="button" class="button-secondary" onClick={() => copy(link)}>
          {state === "copied" ? t("common.copy.copied") : t("secrets.link.copy")}
        </button>
        {burn}
      </div>
      <span class="visually-hidden" role="status">
        {state === "copied" ? t("common.copy.announced") : state === "failed" ? t("secrets.link.copyFailed") : ""}
      </span>
    </div>
  );
}
