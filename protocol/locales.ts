// The languages Oncelink speaks, and how a request or a browser picks one: the user's choice (the
// oncelink_lang cookie the language switcher sets), else the browser's preferences (Accept-Language,
// navigator.languages), else English. Shared by the Worker (recipient page, mails, error messages) and the UI.

/** Every language with a complete catalog in locales/; English first, the fallback. */
export const LOCALES = ["en", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "ja", "zh-CN", "ko", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in itself, as the switcher lists it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  "pt-BR": "Português (Brasil)",
  it: "Italiano",
  nl: "Nederlands",
  pl: "Polski",
  ja: "日本語",
  "zh-CN": "简体中文",
  ko: "한국어",
  ar: "العربية",
};

/** The cookie that remembers the switcher's choice (a year, readable by the page, sent to the Worker). */
export const LOCALE_COOKIE = "oncelink_lang";
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export function isRightToLeft(locale: Locale): boolean {
  return locale === "ar";
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The supported language a BCP 47 tag asks for, if any: the exact tag, else its language ("pt-PT" and
 * "pt" get pt-BR, any "zh" gets zh-CN, "de-AT" gets de). Case-insensitive.
 */
export function supportedLocale(tag: string): Locale | undefined {
  const lower = tag.trim().toLowerCase();
  if (!lower || lower === "*") return undefined;
  const exact = LOCALES.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split(/[-_]/)[0];
  return LOCALES.find((locale) => locale.toLowerCase().split("-")[0] === language);
}

/** The first supported language of a list in order of preference, else English. */
export function matchLocale(preferences: Iterable<string>): Locale {
  for (const tag of preferences) {
    const match = supportedLocale(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/** An Accept-Language header's tags by falling weight (q=0 dropped; malformed entries ignored). */
export function acceptLanguageTags(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 1000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      const weight = q === undefined ? 1 : Number(q);
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$|^\*$/.test(entry.tag) && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The oncelink_lang cookie's language in a Cookie header, if it names a supported one. */
export function cookieLocale(cookieHeader: string | null | undefined): Locale | undefined {
  for (const pair of (cookieHeader ?? "").split(";")) {
    const [name, value] = pair.trim().split("=");
    if (name === LOCALE_COOKIE && value) return supportedLocale(decodeURIComponent(value));
  }
  return undefined;
}

/** A request's language: the remembered choice, else Accept-Language, else English. */
export function requestLocale(headers: { get(name: string): string | null }): Locale {
  return cookieLocale(headers.get("Cookie")) ?? matchLocale(acceptLanguageTags(headers.get("Accept-Language")));
}
