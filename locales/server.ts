// The catalogs the Worker uses, by language: the recipient page's (put into the page it serves), the mails'
// and the API's error messages. The app's catalogs (locales/*/app.ts) are loaded by the browser instead.
import type { Locale } from "../protocol/locales";
import errors_ar from "./ar/errors";
import mail_ar from "./ar/mail";
import recipient_ar from "./ar/recipient";
import errors_de from "./de/errors";
import mail_de from "./de/mail";
import recipient_de from "./de/recipient";
import errors_en from "./en/errors";
import mail_en from "./en/mail";
import recipient_en from "./en/recipient";
import errors_es from "./es/errors";
import mail_es from "./es/mail";
import recipient_es from "./es/recipient";
import errors_fr from "./fr/errors";
import mail_fr from "./fr/mail";
import recipient_fr from "./fr/recipient";
import errors_it from "./it/errors";
import mail_it from "./it/mail";
import recipient_it from "./it/recipient";
import errors_ja from "./ja/errors";
import mail_ja from "./ja/mail";
import recipient_ja from "./ja/recipient";
import errors_ko from "./ko/errors";
import mail_ko from "./ko/mail";
import recipient_ko from "./ko/recipient";
import errors_nl from "./nl/errors";
import mail_nl from "./nl/mail";
import recipient_nl from "./nl/recipient";
import errors_pl from "./pl/errors";
import mail_pl from "./pl/mail";
import recipient_pl from "./pl/recipient";
import errors_ptBR from "./pt-BR/errors";
import mail_ptBR from "./pt-BR/mail";
import recipient_ptBR from "./pt-BR/recipient";
import errors_zhCN from "./zh-CN/errors";
import mail_zhCN from "./zh-CN/mail";
import recipient_zhCN from "./zh-CN/recipient";

export const RECIPIENT_CATALOGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: recipient_en,
  de: recipient_de,
  fr: recipient_fr,
  es: recipient_es,
  "pt-BR": recipient_ptBR,
  it: recipient_it,
  nl: recipient_nl,
  pl: recipient_pl,
  ja: recipient_ja,
  "zh-CN": recipient_zhCN,
  ko: recipient_ko,
  ar: recipient_ar,
};
export const MAIL_CATALOGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: mail_en,
  de: mail_de,
  fr: mail_fr,
  es: mail_es,
  "pt-BR": mail_ptBR,
  it: mail_it,
  nl: mail_nl,
  pl: mail_pl,
  ja: mail_ja,
  "zh-CN": mail_zhCN,
  ko: mail_ko,
  ar: mail_ar,
};
export const ERRORS_CATALOGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: errors_en,
  de: errors_de,
  fr: errors_fr,
  es: errors_es,
  "pt-BR": errors_ptBR,
  it: errors_it,
  nl: errors_nl,
  pl: errors_pl,
  ja: errors_ja,
  "zh-CN": errors_zhCN,
  ko: errors_ko,
  ar: errors_ar,
};
