import { LOCALE_NAMES, LOCALES, type Locale } from "../../../../protocol/locales";
import { chooseLocale, currentLocale, t } from "../../lib/i18n";
import "../ThemeSwitch/style.css";

interface Props {
  /** Signed in: keeps the pick on the account too, for its mails (PATCH /api/me). */
  remember?: (locale: Locale) => Promise<unknown>;
}

/** The language of the app and of the recipient page in this browser, remembered (a cookie). */
export function LanguageSwitch({ remember }: Props) {
  return (
    <label class="theme-switch">
      <span class="visually-hidden">{t("common.language")}</span>
      <select
        value={currentLocale()}
        onChange={(event) => void chooseLocale(event.currentTarget.value as Locale, remember)}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
