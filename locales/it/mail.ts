import type en from "../en/mail";
import type { Translation } from "../translation";

export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "Un utente di Oncelink (indirizzo non verificato)",
  "mail.quoted": "“{name}”",
  "mail.unnamed": "senza nome",
  "mail.unknownViewer": "Sconosciuto (accesso non eseguito)",
  "mail.unverifiedViewer": "{email} (indirizzo non verificato)",
  "mail.unknownLocation": "posizione sconosciuta",
  "mail.unknownDevice": "sconosciuto",
  "mail.placeWithIp": "{place} ({ip})",
  "mail.when": "Quando: {at}",
  "mail.by": "Chi: {who}",
  "mail.from": "Dove: {place}",
  "mail.device": "Dispositivo: {device}",

  "mail.link.subject": "{sender} ha condiviso un segreto con te",
  "mail.link.intro": "{sender} ha condiviso un segreto con te tramite Oncelink.",
  "mail.link.openText": "Aprilo qui (si può visualizzare una sola volta, poi viene eliminato): {link}",
  "mail.link.openHtml": "{open}. Si può visualizzare una sola volta, poi viene eliminato.",
  "mail.link.openLink": "Apri il segreto",
  "mail.link.expires": "Il link scade {at}. Se non te lo aspettavi, ignora questo messaggio.",

  "mail.invite.subject": "{sender} ti ha inviato un invito a Oncelink",
  "mail.invite.intro":
    "{sender} ti ha inviato un invito a Oncelink, dove il tuo team condivide password e altri segreti.",
  "mail.invite.openText":
    "Apri questo link per impostare la tua password (si apre una sola volta, poi viene eliminato): {link}",
  "mail.invite.openHtml": "{open} per impostare la tua password. Si apre una sola volta, poi viene eliminato.",
  "mail.invite.openLink": "Apri il tuo invito",
  "mail.invite.expires": "L'invito scade {at}. Se non te lo aspettavi, ignora questo messaggio.",

  "mail.viewed.subject": "Il tuo segreto {label} è stato visualizzato",
  "mail.viewed.intro": "Il tuo segreto {label} è stato visualizzato.",
  "mail.viewed.remaining": "{count, plural, one {Resta # visualizzazione.} other {Restano # visualizzazioni.}}",
  "mail.viewed.deleted": "Ora è stato eliminato.",

  "mail.expired.subject": "Il tuo segreto {label} è scaduto senza essere visualizzato",
  "mail.expired.body": "Il tuo segreto {label} è scaduto {at} senza essere stato visualizzato ed è stato eliminato.",

  "mail.verify.subject": "Conferma il tuo indirizzo email per Oncelink",
  "mail.verify.intro": "Qualcuno, si spera tu, ha creato un account Oncelink con questo indirizzo email.",
  "mail.verify.confirmText": "Conferma che l'indirizzo è tuo (il link funziona una sola volta, per 24 ore): {link}",
  "mail.verify.confirmHtml": "{confirm}. Il link funziona una sola volta, per 24 ore.",
  "mail.verify.confirmLink": "Conferma che l'indirizzo è tuo",
  "mail.verify.until":
    "Fino ad allora, l'account non può aprire i segreti condivisi con questo indirizzo. Se non eri tu, ignora questo messaggio.",

  "mail.responded.subject": "La tua richiesta {label} ha ricevuto una risposta",
  "mail.responded.intro": "Qualcuno ha risposto alla tua richiesta {label}.",
  "mail.responded.openText":
    "Apri la risposta una sola volta, nel browser o con la CLI che conserva la chiave della richiesta: {link}",
  "mail.responded.openHtml": "{open}, nel browser o con la CLI che conserva la chiave della richiesta.",
  "mail.responded.openLink": "Apri la risposta una sola volta",

  "mail.webhook.subject": "L'endpoint webhook {host} è stato disattivato",
  "mail.webhook.intro": "Oncelink ha smesso di inviare eventi al tuo endpoint webhook su {host}.",
  "mail.webhook.failed":
    "{count, plural, one {L'ultima consegna è fallita a ogni tentativo per un giorno.} other {Le ultime # consegne sono fallite, ciascuna a ogni tentativo, per un giorno.}} Gli eventi non vengono più messi in coda per questo endpoint.",
  "mail.webhook.fixText": "Correggi il ricevitore, poi riattiva l'endpoint (e invia un evento di prova) su {link}",
  "mail.webhook.fixHtml": "Correggi il ricevitore, poi {enable} e invia un evento di prova.",
  "mail.webhook.enableLink": "riattiva l'endpoint",
  "mail.slack.named": "«{name}»",
  "mail.slack.unnamed": "(senza nome)",
  "mail.slack.secret.created": "Il segreto {name} è stato creato",
  "mail.slack.secret.viewed": "Il segreto {name} è stato aperto",
  "mail.slack.secret.expired": "Il segreto {name} è scaduto",
  "mail.slack.secret.burned": "Il segreto {name} è stato distrutto",
  "mail.slack.secret.reveal_failed": "Un tentativo di aprire il segreto {name} non è riuscito",
  "mail.slack.request.created": "La richiesta {name} è stata creata",
  "mail.slack.request.responded": "La richiesta {name} ha ricevuto una risposta",
  "mail.slack.request.closed": "La richiesta {name} è stata chiusa",
  "mail.slack.api_token.created": "Il token API {name} è stato creato",
  "mail.slack.api_token.revoked": "Il token API {name} è stato revocato",
  "mail.slack.webhook.test": "Evento di prova da Oncelink: questo endpoint funziona",
} satisfies Translation<typeof en>;
