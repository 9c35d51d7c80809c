import type en from "../en/recipient";
import type { Translation } from "../translation";

export default {
  "recipient.html.title": "Un secret pour vous · Oncelink",
  "recipient.html.description":
    "Oncelink partage mots de passe et autres secrets par des liens qui ne s'ouvrent qu'une fois : chiffrés dans votre navigateur, supprimés après affichage.",
  "recipient.html.loadFailed": "Cette page ne s'est pas chargée",
  "recipient.html.loadFailedAdvice":
    "Vérifiez votre connexion, puis rechargez la page. Un secret n'est pas consommé tant que vous ne l'avez pas affiché.",
  "recipient.reload": "Recharger",
  "recipient.sentence": "{text}.",
  "recipient.api.offline": "Impossible de joindre Oncelink pour le moment. Vérifiez votre connexion et réessayez.",
  "recipient.api.generic": "Un problème est survenu. Veuillez réessayer.",
  "recipient.api.unavailable": "Oncelink rencontre des difficultés. Veuillez réessayer dans un instant.",
  "recipient.theme": "Thème",
  "recipient.theme.system": "Thème du système",
  "recipient.theme.light": "Clair",
  "recipient.theme.dark": "Sombre",
  "recipient.signOut": "Se déconnecter",
  "recipient.checking": "Vérification du lien…",
  "recipient.end.about":
    "Oncelink partage mots de passe et autres secrets par des liens qui ne s'ouvrent qu'une fois, chiffrés dans le navigateur.",
  "recipient.end.createOwn": "Créer le vôtre",
  "recipient.problemHeading": "Secret à usage unique",
  "recipient.retryAdvice":
    "Rien n'a été consommé : le secret pourra encore être affiché une fois que cela fonctionnera.",
  "recipient.tryAgain": "Réessayer",
  "recipient.sharedBy": "{from} a partagé un secret avec vous",
  "recipient.sharedBySomeone": "Quelqu'un a partagé un secret avec vous",
  "recipient.fromVerified": "L'adresse de l'expéditeur est vérifiée par ce serveur Oncelink.",
  "recipient.crash.title": "Un problème est survenu",
  "recipient.crash.advice":
    "Rechargez la page pour réessayer. Un secret n'est pas consommé tant que vous ne l'avez pas affiché.",
  "recipient.end.tooMany": "Trop de tentatives, réessayez plus tard",
  "recipient.end.mistyped": "Ce lien est mal saisi ou tronqué",
  "recipient.end.mistypedAdvice":
    "Rien n'a été ouvert : le secret est toujours là. Copiez le lien en entier, y compris tout ce qui suit le #, puis ouvrez-le à nouveau. Si cela échoue encore, demandez à l'expéditeur de vous renvoyer le lien.",
  "recipient.end.notFound": "Secret introuvable ou déjà affiché",
  "recipient.end.notFoundAdvice":
    "Quelqu'un l'a peut-être déjà ouvert, ou l'expéditeur l'a supprimé. Demandez un nouveau lien à l'expéditeur.",
  "recipient.end.expired": "Ce secret a expiré",
  "recipient.end.expiredAdvice": "Il ne peut plus être ouvert. Demandez un nouveau lien à l'expéditeur.",
  "recipient.end.incomplete": "Ce lien est incomplet",
  "recipient.incorrect": "Phrase secrète incorrecte",
  "recipient.end.burned": "Phrase secrète incorrecte. Il ne reste aucune tentative, le secret a donc été supprimé",
  "recipient.end.askSender": "Demandez un nouveau lien à l'expéditeur.",
  "recipient.end.notRecipient":
    "Connectez-vous avec le compte auquel il était destiné, ou demandez un nouveau lien à l'expéditeur.",
  "recipient.signIn.heading": "Connectez-vous pour afficher ce secret",
  "recipient.signIn.why":
    "La personne qui l'a partagé a demandé que seules les personnes connectées puissent l'afficher. Rien n'a été consommé.",
  "recipient.signIn.button": "Se connecter pour afficher",
  "recipient.oneTime": "Ceci est un secret à usage unique.",
  "recipient.oneTime.views":
    "{n, plural, =1 { Dès que vous l'aurez affiché, il sera définitivement supprimé.} other { Il peut encore être affiché # fois, puis il sera définitivement supprimé.}}",
  "recipient.expires": "Il expire {countdown}, le {time}.",
  "recipient.countdown.in": "dans {time}",
  "recipient.countdown.now": "maintenant",
  "recipient.passphrase": "Phrase secrète",
  "recipient.passphrase.hint":
    "L'expéditeur l'a choisie et doit vous la communiquer séparément, par exemple par téléphone ou dans une autre messagerie.",
  "recipient.view": "Afficher le secret",
  "recipient.opening": "Ouverture…",
  "recipient.attemptsLeft": "{n, plural, one {# tentative restante.} other {# tentatives restantes.}}",
  "recipient.checkNotLoaded":
    "La vérification anti-robot ne s'est pas chargée. Vérifiez votre connexion, puis réessayez",
  "recipient.check.waiting": "Terminez la vérification pour afficher le secret.",
  "recipient.check.passed": "Vérification terminée.",
  "recipient.check.failed":
    "La vérification anti-robot n'a pas abouti. Elle se relance d'elle-même ; si l'échec persiste, rechargez la page.",
  "recipient.open.stretching": "Renforcement de la phrase secrète…",
  "recipient.open.resend": "Renvoyer",
  "recipient.open.sending": "Envoi…",
  "recipient.open.sent": "Envoyé. Seul le lien le plus récent fonctionne.",
  "recipient.open.mailedTo":
    "Nous avons envoyé un lien de vérification à {email}. Ouvrez-le, puis ouvrez à nouveau le lien de ce secret : le secret n'a pas été consommé.",
  "recipient.open.mailed":
    "Nous avons envoyé un lien de vérification à votre adresse. Ouvrez-le, puis ouvrez à nouveau le lien de ce secret : le secret n'a pas été consommé.",
  "recipient.open.heading": "Secret affiché",
  "recipient.open.secret": "Secret",
  "recipient.open.copyAndClear": "Copier et effacer",
  "recipient.open.copyAndClearHint": "« Copier et effacer » le copie, puis le retire de cette page.",
  "recipient.open.copy": "Copier",
  "recipient.open.copied": "Copié",
  "recipient.open.clear": "Effacer",
  "recipient.open.copyFailed": "Copie impossible. Sélectionnez le texte et copiez-le vous-même.",
  "recipient.open.copyDone": "Copié dans votre presse-papiers.",
  "recipient.open.clearedCopied":
    "Copié dans votre presse-papiers et effacé de cette page. Collez-le là où il doit aller : il ne pourra plus être affiché.",
  "recipient.open.cleared": "Effacé de cette page. Il ne pourra plus être affiché.",
  "recipient.open.viewedAt": "Affiché le {time}",
  "recipient.open.remaining":
    "{n, plural, one {# affichage restant avant sa suppression} other {# affichages restants avant sa suppression}}",
  "recipient.open.deleted": "Ce secret a été définitivement supprimé",
  "recipient.open.files": "{n, plural, one {Fichier} other {Fichiers}}",
  "recipient.open.filesHint":
    "Téléchargeables jusqu'au {time} ; ensuite, ils sont supprimés. Les fichiers sont enregistrés, jamais ouverts ici.",
  "recipient.open.download": "Télécharger",
  "recipient.open.downloadName": "Télécharger {name}",
  "recipient.open.downloading": "Téléchargement…",
  "recipient.open.downloadAgain": "Télécharger à nouveau",
  "recipient.open.saved": "Enregistré : {name}.",
  "recipient.open.notSaved": "{message}. Rien n'en a été enregistré.",
  "recipient.open.progress.download": "Téléchargement : {done} sur {total}",
  "recipient.open.progress.decrypt": "Déchiffrement : {done} sur {total}",
  "recipient.open.progress.left": "{line} · encore environ {left}",
} satisfies Translation<typeof en>;
