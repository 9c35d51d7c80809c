import type en from "../en/mail";
import type { Translation } from "../translation";

export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "Un utilisateur d'Oncelink (adresse non vérifiée)",
  "mail.quoted": "« {name} »",
  "mail.unnamed": "sans nom",
  "mail.unknownViewer": "Inconnu (non connecté)",
  "mail.unverifiedViewer": "{email} (adresse non vérifiée)",
  "mail.unknownLocation": "lieu inconnu",
  "mail.unknownDevice": "inconnu",
  "mail.placeWithIp": "{place} ({ip})",
  "mail.when": "Date : {at}",
  "mail.by": "Par : {who}",
  "mail.from": "Lieu : {place}",
  "mail.device": "Appareil : {device}",

  "mail.link.subject": "{sender} a partagé un secret avec vous",
  "mail.link.intro": "{sender} a partagé un secret avec vous via Oncelink.",
  "mail.link.openText": "Ouvrez-le ici (il ne peut être affiché qu'une fois, puis il est supprimé) : {link}",
  "mail.link.openHtml": "{open}. Il ne peut être affiché qu'une fois, puis il est supprimé.",
  "mail.link.openLink": "Ouvrez le secret",
  "mail.link.expires": "Le lien expire le {at}. Si vous ne vous attendiez pas à ce message, ignorez-le.",

  "mail.invite.subject": "{sender} vous a invité sur Oncelink",
  "mail.invite.intro": "{sender} vous a invité sur Oncelink, où votre équipe partage mots de passe et autres secrets.",
  "mail.invite.openText":
    "Ouvrez ce lien pour définir votre mot de passe (il ne s'ouvre qu'une fois, puis il est supprimé) : {link}",
  "mail.invite.openHtml":
    "{open} pour définir votre mot de passe. Elle ne s'ouvre qu'une fois, puis elle est supprimée.",
  "mail.invite.openLink": "Ouvrez votre invitation",
  "mail.invite.expires": "L'invitation expire le {at}. Si vous ne vous attendiez pas à ce message, ignorez-le.",

  "mail.viewed.subject": "Votre secret {label} a été affiché",
  "mail.viewed.intro": "Votre secret {label} a été affiché.",
  "mail.viewed.remaining":
    "{count, plural, one {Il reste # affichage.} many {Il reste # d'affichages.} other {Il reste # affichages.}}",
  "mail.viewed.deleted": "Il est désormais supprimé.",

  "mail.expired.subject": "Votre secret {label} a expiré sans avoir été affiché",
  "mail.expired.body": "Votre secret {label} a expiré le {at} sans avoir été affiché, et il a été supprimé.",

  "mail.verify.subject": "Confirmez votre adresse e-mail pour Oncelink",
  "mail.verify.intro": "Quelqu'un (vous, nous l'espérons) a créé un compte Oncelink avec cette adresse e-mail.",
  "mail.verify.confirmText":
    "Confirmez que cette adresse est bien la vôtre (le lien fonctionne une fois, pendant 24 heures) : {link}",
  "mail.verify.confirmHtml": "{confirm}. Le lien fonctionne une fois, pendant 24 heures.",
  "mail.verify.confirmLink": "Confirmez que cette adresse est bien la vôtre",
  "mail.verify.until":
    "D'ici là, le compte ne peut pas ouvrir les secrets partagés avec cette adresse. Si ce n'était pas vous, ignorez ce message.",

  "mail.responded.subject": "Votre demande {label} a reçu une réponse",
  "mail.responded.intro": "Quelqu'un a répondu à votre demande {label}.",
  "mail.responded.openText":
    "Ouvrez la réponse, une seule fois, dans le navigateur ou avec la CLI qui détient la clé de la demande : {link}",
  "mail.responded.openHtml":
    "{open}, une seule fois, dans le navigateur ou avec la CLI qui détient la clé de la demande.",
  "mail.responded.openLink": "Ouvrez la réponse",

  "mail.webhook.subject": "Le point de terminaison de webhook {host} a été désactivé",
  "mail.webhook.intro": "Oncelink n'envoie plus d'événements à votre point de terminaison de webhook {host}.",
  "mail.webhook.failed":
    "Ses {count} dernières livraisons ont toutes échoué à chaque tentative pendant une journée. Les événements ne sont plus mis en file d'attente pour lui.",
  "mail.webhook.fixText":
    "Corrigez le récepteur, puis réactivez le point de terminaison (et envoyez un événement de test) ici : {link}",
  "mail.webhook.fixHtml": "Corrigez le récepteur, puis {enable} et envoyez un événement de test.",
  "mail.webhook.enableLink": "réactivez le point de terminaison",
  "mail.slack.named": "« {name} »",
  "mail.slack.unnamed": "(sans nom)",
  "mail.slack.secret.created": "Le secret {name} a été créé",
  "mail.slack.secret.viewed": "Le secret {name} a été ouvert",
  "mail.slack.secret.expired": "Le secret {name} a expiré",
  "mail.slack.secret.burned": "Le secret {name} a été détruit",
  "mail.slack.secret.reveal_failed": "Une tentative d'ouverture du secret {name} a échoué",
  "mail.slack.request.created": "La demande {name} a été créée",
  "mail.slack.request.responded": "La demande {name} a reçu une réponse",
  "mail.slack.request.closed": "La demande {name} a été fermée",
  "mail.slack.api_token.created": "Le jeton d'API {name} a été créé",
  "mail.slack.api_token.revoked": "Le jeton d'API {name} a été révoqué",
  "mail.slack.webhook.test": "Événement de test d'Oncelink : ce point de terminaison fonctionne",
} satisfies Translation<typeof en>;
