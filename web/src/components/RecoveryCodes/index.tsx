import { t } from "../../lib/i18n";
import { tRich } from "../../lib/i18n-rich";

/** Recovery codes, shown once: the server keeps only their hashes. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section class="recovery-codes" aria-label={t("common.recovery.label")}>
      <p>{tRich("common.recovery.save", { strong: (text) => <strong>{text}</strong> })}</p>
      <ul data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
