import type en from "../en/mail";
import type { Translation } from "../translation";

export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "Użytkownik Oncelink (adres niepotwierdzony)",
  "mail.quoted": "„{name}”",
  "mail.unnamed": "bez nazwy",
  "mail.unknownViewer": "Nieznany użytkownik (niezalogowany)",
  "mail.unverifiedViewer": "{email} (adres niepotwierdzony)",
  "mail.unknownLocation": "nieznana lokalizacja",
  "mail.unknownDevice": "nieznane",
  "mail.placeWithIp": "{place} ({ip})",
  "mail.when": "Kiedy: {at}",
  "mail.by": "Kto: {who}",
  "mail.from": "Skąd: {place}",
  "mail.device": "Urządzenie: {device}",

  "mail.link.subject": "{sender} udostępnia Ci sekret",
  "mail.link.intro": "{sender} udostępnia Ci sekret przez Oncelink.",
  "mail.link.openText": "Otwórz go tutaj (można go wyświetlić tylko raz, potem zostanie usunięty): {link}",
  "mail.link.openHtml": "{open}. Można go wyświetlić tylko raz, potem zostanie usunięty.",
  "mail.link.openLink": "Otwórz sekret",
  "mail.link.expires": "Link wygasa: {at}. Jeśli nie spodziewasz się tej wiadomości, zignoruj ją.",

  "mail.invite.subject": "{sender} zaprasza Cię do Oncelink",
  "mail.invite.intro": "{sender} zaprasza Cię do Oncelink, gdzie Twój zespół udostępnia sobie hasła i inne sekrety.",
  "mail.invite.openText": "Otwórz ten link, aby ustawić hasło (otwiera się tylko raz, potem zostanie usunięty): {link}",
  "mail.invite.openHtml": "{open}, aby ustawić hasło. Zaproszenie otwiera się tylko raz, potem zostanie usunięte.",
  "mail.invite.openLink": "Otwórz zaproszenie",
  "mail.invite.expires": "Zaproszenie wygasa: {at}. Jeśli nie spodziewasz się tej wiadomości, zignoruj ją.",

  "mail.viewed.subject": "Twój sekret {label} został wyświetlony",
  "mail.viewed.intro": "Twój sekret {label} został wyświetlony.",
  "mail.viewed.remaining":
    "{count, plural, one {Zostało # wyświetlenie.} few {Zostały # wyświetlenia.} many {Zostało # wyświetleń.} other {Zostało # wyświetlenia.}}",
  "mail.viewed.deleted": "Sekret został teraz usunięty.",

  "mail.expired.subject": "Twój sekret {label} wygasł bez wyświetlenia",
  "mail.expired.body": "Twój sekret {label} wygasł bez wyświetlenia ({at}) i został usunięty.",

  "mail.verify.subject": "Potwierdź swój adres e-mail w Oncelink",
  "mail.verify.intro": "Ktoś, miejmy nadzieję, że Ty, utworzył konto Oncelink z tym adresem e-mail.",
  "mail.verify.confirmText": "Potwierdź, że to Twój adres (link działa raz, przez 24 godziny): {link}",
  "mail.verify.confirmHtml": "{confirm}. Link działa raz, przez 24 godziny.",
  "mail.verify.confirmLink": "Potwierdź, że to Twój adres",
  "mail.verify.until":
    "Do tego czasu konto nie może otwierać sekretów udostępnionych na ten adres. Jeśli to nie Ty, zignoruj tę wiadomość.",

  "mail.responded.subject": "Twoja prośba {label} otrzymała odpowiedź",
  "mail.responded.intro": "Ktoś odpowiedział na Twoją prośbę {label}.",
  "mail.responded.openText": "Otwórz odpowiedź raz, w przeglądarce lub w CLI, które przechowuje klucz prośby: {link}",
  "mail.responded.openHtml": "{open}, w przeglądarce lub w CLI, które przechowuje klucz prośby.",
  "mail.responded.openLink": "Otwórz odpowiedź raz",

  "mail.webhook.subject": "Punkt końcowy webhooka {host} został wyłączony",
  "mail.webhook.intro": "Oncelink przestał wysyłać zdarzenia do Twojego punktu końcowego webhooka pod adresem {host}.",
  "mail.webhook.failed":
    "{count, plural, one {Ostatnie dostarczenie do niego przez dobę nie powiodło się przy żadnej próbie.} few {Każde z ostatnich # dostarczeń do niego przez dobę nie powiodło się przy żadnej próbie.} many {Każde z ostatnich # dostarczeń do niego przez dobę nie powiodło się przy żadnej próbie.} other {Każde z ostatnich # dostarczeń do niego przez dobę nie powiodło się przy żadnej próbie.}} Zdarzenia nie są już dla niego umieszczane w kolejce.",
  "mail.webhook.fixText":
    "Napraw odbiornik, a potem ponownie włącz punkt końcowy (i wyślij zdarzenie testowe) na stronie {link}",
  "mail.webhook.fixHtml": "Napraw odbiornik, a potem {enable} i wyślij zdarzenie testowe.",
  "mail.webhook.enableLink": "ponownie włącz punkt końcowy",
  "mail.slack.named": "„{name}”",
  "mail.slack.unnamed": "(bez nazwy)",
  "mail.slack.secret.created": "Utworzono sekret {name}",
  "mail.slack.secret.viewed": "Otwarto sekret {name}",
  "mail.slack.secret.expired": "Sekret {name} wygasł",
  "mail.slack.secret.burned": "Zniszczono sekret {name}",
  "mail.slack.secret.reveal_failed": "Nieudana próba otwarcia sekretu {name}",
  "mail.slack.request.created": "Utworzono prośbę {name}",
  "mail.slack.request.responded": "Prośba {name} otrzymała odpowiedź",
  "mail.slack.request.closed": "Zamknięto prośbę {name}",
  "mail.slack.api_token.created": "Utworzono token API {name}",
  "mail.slack.api_token.revoked": "Unieważniono token API {name}",
  "mail.slack.webhook.test": "Zdarzenie testowe z Oncelink: ten punkt końcowy działa",
} satisfies Translation<typeof en>;
