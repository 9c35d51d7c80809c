import type en from "../en/mail";
import type { Translation } from "../translation";

export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "Een Oncelink-gebruiker (adres niet bevestigd)",
  "mail.quoted": "“{name}”",
  "mail.unnamed": "zonder naam",
  "mail.unknownViewer": "Onbekend (niet ingelogd)",
  "mail.unverifiedViewer": "{email} (adres niet bevestigd)",
  "mail.unknownLocation": "onbekende locatie",
  "mail.unknownDevice": "onbekend",
  "mail.placeWithIp": "{place} ({ip})",
  "mail.when": "Wanneer: {at}",
  "mail.by": "Door: {who}",
  "mail.from": "Locatie: {place}",
  "mail.device": "Apparaat: {device}",

  "mail.link.subject": "{sender} heeft een geheim met je gedeeld",
  "mail.link.intro": "{sender} heeft via Oncelink een geheim met je gedeeld.",
  "mail.link.openText": "Open het hier (het kan één keer worden bekeken en wordt daarna verwijderd): {link}",
  "mail.link.openHtml": "{open}. Het kan één keer worden bekeken en wordt daarna verwijderd.",
  "mail.link.openLink": "Open het geheim",
  "mail.link.expires": "De link verloopt op {at}. Verwachtte je dit niet, negeer dit bericht dan.",

  "mail.invite.subject": "{sender} heeft je uitgenodigd voor Oncelink",
  "mail.invite.intro":
    "{sender} heeft je uitgenodigd voor Oncelink, waar je team wachtwoorden en andere geheimen deelt.",
  "mail.invite.openText":
    "Open deze link om je wachtwoord in te stellen (de link gaat één keer open en wordt daarna verwijderd): {link}",
  "mail.invite.openHtml":
    "{open} om je wachtwoord in te stellen. De uitnodiging gaat één keer open en wordt daarna verwijderd.",
  "mail.invite.openLink": "Open je uitnodiging",
  "mail.invite.expires": "De uitnodiging verloopt op {at}. Verwachtte je dit niet, negeer dit bericht dan.",

  "mail.viewed.subject": "Je geheim {label} is bekeken",
  "mail.viewed.intro": "Je geheim {label} is bekeken.",
  "mail.viewed.remaining":
    "{count, plural, one {Het kan nog # keer worden bekeken.} other {Het kan nog # keer worden bekeken.}}",
  "mail.viewed.deleted": "Het is nu verwijderd.",

  "mail.expired.subject": "Je geheim {label} is onbekeken verlopen",
  "mail.expired.body": "Je geheim {label} is op {at} onbekeken verlopen en verwijderd.",

  "mail.verify.subject": "Bevestig je e-mailadres voor Oncelink",
  "mail.verify.intro": "Iemand, hopelijk jij, heeft met dit e-mailadres een Oncelink-account aangemaakt.",
  "mail.verify.confirmText": "Bevestig dat het adres van jou is (de link werkt één keer, 24 uur lang): {link}",
  "mail.verify.confirmHtml": "{confirm}. De link werkt één keer, 24 uur lang.",
  "mail.verify.confirmLink": "Bevestig dat het adres van jou is",
  "mail.verify.until":
    "Tot die tijd kan het account geen geheimen openen die met dit adres zijn gedeeld. Was jij het niet, negeer deze e-mail dan.",

  "mail.responded.subject": "Je verzoek {label} is beantwoord",
  "mail.responded.intro": "Iemand heeft je verzoek {label} beantwoord.",
  "mail.responded.openText":
    "Open het antwoord één keer, in de browser of met de CLI die de sleutel van het verzoek heeft: {link}",
  "mail.responded.openHtml": "{open}, in de browser of met de CLI die de sleutel van het verzoek heeft.",
  "mail.responded.openLink": "Open het antwoord één keer",

  "mail.webhook.subject": "Webhook-endpoint {host} is uitgeschakeld",
  "mail.webhook.intro": "Oncelink verstuurt geen gebeurtenissen meer naar je webhook-endpoint op {host}.",
  "mail.webhook.failed":
    "{count, plural, one {De laatste aflevering mislukte een dag lang bij elke poging.} other {De laatste # afleveringen mislukten elk een dag lang bij elke poging.}} Er worden geen gebeurtenissen meer voor dit endpoint in de wachtrij gezet.",
  "mail.webhook.fixText":
    "Herstel de ontvanger en zet het endpoint daarna weer aan (en verstuur een testgebeurtenis) op {link}",
  "mail.webhook.fixHtml": "Herstel de ontvanger, {enable} en verstuur een testgebeurtenis.",
  "mail.webhook.enableLink": "zet het endpoint daarna weer aan",
  "mail.slack.named": "‘{name}’",
  "mail.slack.unnamed": "(zonder naam)",
  "mail.slack.secret.created": "Geheim {name} is aangemaakt",
  "mail.slack.secret.viewed": "Geheim {name} is geopend",
  "mail.slack.secret.expired": "Geheim {name} is verlopen",
  "mail.slack.secret.burned": "Geheim {name} is vernietigd",
  "mail.slack.secret.reveal_failed": "Een poging om geheim {name} te openen is mislukt",
  "mail.slack.request.created": "Verzoek {name} is aangemaakt",
  "mail.slack.request.responded": "Verzoek {name} heeft een antwoord gekregen",
  "mail.slack.request.closed": "Verzoek {name} is gesloten",
  "mail.slack.api_token.created": "API-token {name} is aangemaakt",
  "mail.slack.api_token.revoked": "API-token {name} is ingetrokken",
  "mail.slack.webhook.test": "Testgebeurtenis van Oncelink: dit endpoint werkt",
} satisfies Translation<typeof en>;
