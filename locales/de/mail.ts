import type en from "../en/mail";
import type { Translation } from "../translation";

export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "Ein Oncelink-Benutzer (Adresse nicht bestätigt)",
  "mail.quoted": "„{name}“",
  "mail.unnamed": "ohne Namen",
  "mail.unknownViewer": "Unbekannt (nicht angemeldet)",
  "mail.unverifiedViewer": "{email} (Adresse nicht bestätigt)",
  "mail.unknownLocation": "unbekannt",
  "mail.unknownDevice": "unbekannt",
  "mail.placeWithIp": "{place} ({ip})",
  "mail.when": "Wann: {at}",
  "mail.by": "Wer: {who}",
  "mail.from": "Wo: {place}",
  "mail.device": "Gerät: {device}",

  "mail.link.subject": "{sender} hat ein Geheimnis mit Ihnen geteilt",
  "mail.link.intro": "{sender} hat über Oncelink ein Geheimnis mit Ihnen geteilt.",
  "mail.link.openText": "Öffnen Sie es hier (es kann einmal angesehen werden, danach wird es gelöscht): {link}",
  "mail.link.openHtml": "{open}. Es kann einmal angesehen werden, danach wird es gelöscht.",
  "mail.link.openLink": "Geheimnis öffnen",
  "mail.link.expires":
    "Der Link läuft am {at} ab. Falls Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie einfach.",

  "mail.invite.subject": "{sender} hat Sie zu Oncelink eingeladen",
  "mail.invite.intro": "{sender} hat Sie zu Oncelink eingeladen, wo Ihr Team Passwörter und andere Geheimnisse teilt.",
  "mail.invite.openText":
    "Öffnen Sie diesen Link, um Ihr Passwort festzulegen (er öffnet sich nur einmal, danach wird er gelöscht): {link}",
  "mail.invite.openHtml": "{open}, um Ihr Passwort festzulegen. Sie öffnet sich nur einmal, danach wird sie gelöscht.",
  "mail.invite.openLink": "Öffnen Sie Ihre Einladung",
  "mail.invite.expires":
    "Die Einladung läuft am {at} ab. Falls Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie einfach.",

  "mail.viewed.subject": "Ihr Geheimnis {label} wurde angesehen",
  "mail.viewed.intro": "Ihr Geheimnis {label} wurde angesehen.",
  "mail.viewed.remaining": "{count, plural, one {Es bleibt noch # Ansicht.} other {Es bleiben noch # Ansichten.}}",
  "mail.viewed.deleted": "Es ist jetzt gelöscht.",

  "mail.expired.subject": "Ihr Geheimnis {label} ist ungeöffnet abgelaufen",
  "mail.expired.body": "Ihr Geheimnis {label} ist am {at} ungeöffnet abgelaufen und wurde gelöscht.",

  "mail.verify.subject": "Bestätigen Sie Ihre E-Mail-Adresse für Oncelink",
  "mail.verify.intro": "Jemand, hoffentlich Sie, hat mit dieser E-Mail-Adresse ein Oncelink-Konto erstellt.",
  "mail.verify.confirmText":
    "Bestätigen Sie, dass die Adresse Ihnen gehört (der Link funktioniert einmal, 24 Stunden lang): {link}",
  "mail.verify.confirmHtml": "{confirm}. Der Link funktioniert einmal, 24 Stunden lang.",
  "mail.verify.confirmLink": "Bestätigen Sie, dass die Adresse Ihnen gehört",
  "mail.verify.until":
    "Bis dahin kann das Konto keine Geheimnisse öffnen, die mit dieser Adresse geteilt werden. Falls Sie das nicht waren, ignorieren Sie diese E-Mail.",

  "mail.responded.subject": "Ihre Anfrage {label} wurde beantwortet",
  "mail.responded.intro": "Jemand hat Ihre Anfrage {label} beantwortet.",
  "mail.responded.openText":
    "Öffnen Sie die Antwort – nur einmal möglich – im Browser oder mit der CLI, die den Schlüssel der Anfrage hat: {link}",
  "mail.responded.openHtml":
    "{open} – nur einmal möglich – im Browser oder mit der CLI, die den Schlüssel der Anfrage hat.",
  "mail.responded.openLink": "Öffnen Sie die Antwort",

  "mail.webhook.subject": "Webhook-Endpunkt {host} wurde deaktiviert",
  "mail.webhook.intro": "Oncelink sendet keine Ereignisse mehr an Ihren Webhook-Endpunkt unter {host}.",
  "mail.webhook.failed":
    "Seine letzten {count} Zustellungen sind einen Tag lang bei jedem Versuch fehlgeschlagen. Für ihn werden keine Ereignisse mehr in die Warteschlange gestellt.",
  "mail.webhook.fixText":
    "Beheben Sie das Problem beim Empfänger, schalten Sie dann den Endpunkt wieder ein und senden Sie ein Testereignis: {link}",
  "mail.webhook.fixHtml": "Beheben Sie das Problem beim Empfänger, {enable} und senden Sie ein Testereignis.",
  "mail.webhook.enableLink": "schalten Sie dann den Endpunkt wieder ein",
  "mail.slack.named": "„{name}“",
  "mail.slack.unnamed": "(ohne Namen)",
  "mail.slack.secret.created": "Geheimnis {name} wurde erstellt",
  "mail.slack.secret.viewed": "Geheimnis {name} wurde geöffnet",
  "mail.slack.secret.expired": "Geheimnis {name} ist abgelaufen",
  "mail.slack.secret.burned": "Geheimnis {name} wurde vernichtet",
  "mail.slack.secret.reveal_failed": "Ein Versuch, Geheimnis {name} zu öffnen, ist fehlgeschlagen",
  "mail.slack.request.created": "Anfrage {name} wurde erstellt",
  "mail.slack.request.responded": "Anfrage {name} hat eine Antwort erhalten",
  "mail.slack.request.closed": "Anfrage {name} wurde geschlossen",
  "mail.slack.api_token.created": "API-Token {name} wurde erstellt",
  "mail.slack.api_token.revoked": "API-Token {name} wurde widerrufen",
  "mail.slack.webhook.test": "Testereignis von Oncelink: Dieser Endpunkt funktioniert",
} satisfies Translation<typeof en>;
