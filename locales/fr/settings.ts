import type en from "../en/settings";
import type { Translation } from "../translation";

export default {
  "settings.remove": "Retirer",
  "settings.role.admin": "Administrateur",
  "settings.role.member": "Membre",
  "settings.account.emailVerified": "E-mail vérifié",
  "settings.account.verified": "Oui",
  "settings.account.notVerified": "Pas encore",
  "settings.account.role": "Rôle",
  "settings.account.changePassword": "Changer le mot de passe",
  "settings.account.changing": "Modification…",
  "settings.account.passwordChanged": "Mot de passe changé. Toutes vos autres sessions ont été fermées.",
  "settings.account.currentPassword": "Mot de passe actuel",
  "settings.account.wrongCurrentPassword": "Le mot de passe actuel est incorrect.",
  "settings.account.delete.title": "Supprimer le compte",
  "settings.account.delete.explain":
    "Vos secrets actifs sont détruits (leurs liens cessent de fonctionner), toutes vos sessions sont fermées, vos jetons d'API et vos clés d'accès cessent de fonctionner, et votre adresse est effacée. Le journal d'audit conserve ses événements, où vous apparaissez comme « compte supprimé » avec l'identifiant de votre compte. Cette action est irréversible.",
  "settings.account.delete.open": "Supprimer le compte…",
  "settings.account.delete.confirmTitle": "Supprimer votre compte ?",
  "settings.account.delete.confirmMessage": "Tout ce qui précède se produit immédiatement et ne peut pas être annulé.",
  "settings.account.delete.confirm": "Supprimer mon compte",
  "settings.passkeys.title": "Clés d'accès",
  "settings.passkeys.lead":
    "Connectez-vous avec une clé d'accès seule, ou faites-la demander après votre mot de passe.",
  "settings.passkeys.reauth":
    "Pour votre sécurité, cette action demande une connexion récente : déconnectez-vous, reconnectez-vous, puis réessayez.",
  "settings.passkeys.none": "Aucune clé d'accès pour l'instant.",
  "settings.passkeys.used": "ajoutée le {added} · dernière utilisation le {lastUsed}",
  "settings.passkeys.unused": "ajoutée le {added} · jamais utilisée",
  "settings.passkeys.removeLabel": "Retirer {name}",
  "settings.passkeys.nameLabel": "Nom de la nouvelle clé d'accès",
  "settings.passkeys.namePlaceholder": "Ordinateur portable",
  "settings.passkeys.newRecoveryCodes": "Nouveaux codes de récupération",
  "settings.members.adminOnly": "Seul un administrateur peut voir et inviter des membres.",
  "settings.members.everyone": "Tout le monde sur ce Oncelink",
  "settings.members.loading": "Chargement…",
  "settings.members.removeTitle": "Retirer {email} ?",
  "settings.members.removeTitleUnnamed": "Retirer ce membre ?",
  "settings.members.removeMessage":
    "Son compte, ses sessions et ses jetons d'API prennent fin maintenant. Les secrets déjà partagés restent ouvrables jusqu'à leur expiration.",
  "settings.members.removeConfirm": "Retirer le membre",
  "settings.members.deleteTitle": "Supprimer le compte de {email} ?",
  "settings.members.deleteTitleUnnamed": "Supprimer le compte de ce membre ?",
  "settings.members.deleteMessage":
    "Ses secrets actifs sont détruits (les liens cessent de fonctionner), ses sessions, jetons d'API, clés d'accès et invitations en attente prennent fin, et son adresse est effacée ; le journal d'audit ne le désigne plus que par son identifiant. Cette action est irréversible.",
  "settings.members.deleteAccount": "Supprimer le compte",
  "settings.members.invite": "Inviter un membre",
  "settings.members.inviting": "Invitation…",
  "settings.members.inviteHint":
    "La personne reçoit un compte maintenant et un e-mail avec un lien à usage unique pour choisir son mot de passe. Il fonctionne une fois et expire dans {days, plural, one {# jour} other {# jours}}.",
  "settings.members.inviteLinkFailed":
    "{email} a un compte, mais le lien d'invitation n'a pas pu être créé : {error}. Utilisez « Renvoyer l'invitation » ci-dessous.",
  "settings.members.invited": "<strong>Invitation créée pour {email}.</strong> {problem}",
  "settings.members.mailed":
    "<strong>Invitation envoyée à {email}.</strong> Le lien qu'elle contient s'ouvre une fois et affiche son lien de configuration.",
  "settings.members.inviteLink": "Lien d'invitation",
  "settings.members.copyLink": "Copier le lien",
  "settings.members.mailUnavailable":
    "L'envoi d'e-mails n'est pas configuré sur ce Oncelink : envoyez vous-même ce lien à la personne.",
  "settings.members.mailFailed":
    "L'invitation n'a pas pu être envoyée par e-mail ({error}) : envoyez vous-même ce lien à la personne.",
  "settings.members.inviteSecretText":
    "Vous avez une invitation à rejoindre Oncelink. Ouvrez ce lien pour définir votre mot de passe : {link}",
  "settings.members.inviteSecretName": "Invitation pour {email}",
  "settings.members.you": "(vous)",
  "settings.members.pending": "Invitation envoyée, pas encore de mot de passe",
  "settings.members.joined": "Inscription le {date}",
  "settings.members.emailUnverified": "E-mail non vérifié",
  "settings.members.usage":
    "{used} sur {quota, plural, one {# secret actif} other {# secrets actifs}} · {bytes} sur {quotaBytes}",
  "settings.members.resendInvite": "Renvoyer l'invitation",
  "settings.members.makeAdmin": "Rendre administrateur",
  "settings.members.makeMember": "Rendre membre",
} satisfies Translation<typeof en>;
