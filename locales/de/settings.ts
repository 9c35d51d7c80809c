import type en from "../en/settings";
import type { Translation } from "../translation";

export default {
  "settings.remove": "Entfernen",
  "settings.role.admin": "Administrator",
  "settings.role.member": "Mitglied",
  "settings.account.emailVerified": "E-Mail bestätigt",
  "settings.account.verified": "Ja",
  "settings.account.notVerified": "Noch nicht",
  "settings.account.role": "Rolle",
  "settings.account.changePassword": "Passwort ändern",
  "settings.account.changing": "Wird geändert…",
  "settings.account.passwordChanged": "Passwort geändert. Sie wurden überall sonst abgemeldet.",
  "settings.account.currentPassword": "Aktuelles Passwort",
  "settings.account.wrongCurrentPassword": "Das aktuelle Passwort ist falsch.",
  "settings.account.delete.title": "Konto löschen",
  "settings.account.delete.explain":
    "Ihre aktiven Geheimnisse werden vernichtet (ihre Links funktionieren nicht mehr), Sie werden überall abgemeldet, Ihre API-Token und Passkeys funktionieren nicht mehr, und Ihre Adresse wird gelöscht. Das Audit-Protokoll behält seine Ereignisse und nennt Sie darin „gelöschtes Konto“, mit der ID Ihres Kontos. Das lässt sich nicht rückgängig machen.",
  "settings.account.delete.open": "Konto löschen…",
  "settings.account.delete.confirmTitle": "Ihr Konto löschen?",
  "settings.account.delete.confirmMessage": "All das geschieht sofort und lässt sich nicht rückgängig machen.",
  "settings.account.delete.confirm": "Mein Konto löschen",
  "settings.passkeys.title": "Passkeys",
  "settings.passkeys.lead":
    "Melden Sie sich allein mit einem Passkey an, oder lassen Sie ihn nach Ihrem Passwort abfragen.",
  "settings.passkeys.reauth":
    "Zu Ihrer Sicherheit ist dafür eine frische Anmeldung nötig: Melden Sie sich ab und wieder an, und versuchen Sie es dann erneut.",
  "settings.passkeys.none": "Noch keine Passkeys.",
  "settings.passkeys.used": "hinzugefügt {added} · zuletzt verwendet {lastUsed}",
  "settings.passkeys.unused": "hinzugefügt {added} · noch nie verwendet",
  "settings.passkeys.removeLabel": "{name} entfernen",
  "settings.passkeys.nameLabel": "Name des neuen Passkeys",
  "settings.passkeys.namePlaceholder": "Laptop",
  "settings.passkeys.newRecoveryCodes": "Neue Wiederherstellungscodes",
  "settings.members.adminOnly": "Nur ein Administrator kann Mitglieder sehen und einladen.",
  "settings.members.everyone": "Alle auf diesem Oncelink",
  "settings.members.loading": "Wird geladen…",
  "settings.members.removeTitle": "{email} entfernen?",
  "settings.members.removeTitleUnnamed": "Dieses Mitglied entfernen?",
  "settings.members.removeMessage":
    "Konto, Sitzungen und API-Token des Mitglieds enden jetzt. Bereits geteilte Geheimnisse lassen sich weiter öffnen, bis sie ablaufen.",
  "settings.members.removeConfirm": "Mitglied entfernen",
  "settings.members.deleteTitle": "Konto von {email} löschen?",
  "settings.members.deleteTitleUnnamed": "Konto dieses Mitglieds löschen?",
  "settings.members.deleteMessage":
    "Die aktiven Geheimnisse des Mitglieds werden vernichtet (die Links funktionieren nicht mehr), seine Sitzungen, API-Token, Passkeys und offenen Einladungen enden, und seine Adresse wird gelöscht; das Audit-Protokoll nennt es nur noch mit seiner ID. Das lässt sich nicht rückgängig machen.",
  "settings.members.deleteAccount": "Konto löschen",
  "settings.members.invite": "Mitglied einladen",
  "settings.members.inviting": "Wird eingeladen…",
  "settings.members.inviteHint":
    "Die Person erhält jetzt ein Konto und eine E-Mail mit einem einmaligen Link, um ihr Passwort zu wählen. Er funktioniert einmal und läuft nach {days, plural, one {# Tag} other {# Tagen}} ab.",
  "settings.members.inviteLinkFailed":
    "{email} hat ein Konto, aber der Einladungslink konnte nicht erstellt werden: {error}. Nutzen Sie unten „Einladung erneut senden“.",
  "settings.members.invited": "<strong>{email} ist eingeladen.</strong> {problem}",
  "settings.members.mailed":
    "<strong>Einladung an {email} gesendet.</strong> Der Link darin öffnet sich einmal und zeigt den Link zum Einrichten.",
  "settings.members.inviteLink": "Einladungslink",
  "settings.members.copyLink": "Link kopieren",
  "settings.members.mailUnavailable":
    "Auf diesem Oncelink ist kein E-Mail-Versand eingerichtet. Senden Sie der Person diesen Link bitte selbst.",
  "settings.members.mailFailed":
    "Die Einladung konnte nicht per E-Mail gesendet werden ({error}). Senden Sie der Person diesen Link bitte selbst.",
  "settings.members.inviteSecretText":
    "Sie sind zu Oncelink eingeladen. Öffnen Sie diesen Link, um Ihr Passwort festzulegen: {link}",
  "settings.members.inviteSecretName": "Einladung für {email}",
  "settings.members.you": "(Sie)",
  "settings.members.pending": "Eingeladen, noch kein Passwort",
  "settings.members.joined": "Beigetreten am {date}",
  "settings.members.emailUnverified": "E-Mail nicht bestätigt",
  "settings.members.usage":
    "{used} von {quota, plural, one {# aktiven Geheimnis} other {# aktiven Geheimnissen}} · {bytes} von {quotaBytes}",
  "settings.members.resendInvite": "Einladung erneut senden",
  "settings.members.makeAdmin": "Zum Administrator machen",
  "settings.members.makeMember": "Zum Mitglied machen",
} satisfies Translation<typeof en>;
