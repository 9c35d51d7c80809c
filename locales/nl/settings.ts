import type en from "../en/settings";
import type { Translation } from "../translation";

export default {
  "settings.remove": "Verwijderen",
  "settings.role.admin": "Beheerder",
  "settings.role.member": "Lid",
  "settings.account.emailVerified": "E-mail bevestigd",
  "settings.account.verified": "Ja",
  "settings.account.notVerified": "Nog niet",
  "settings.account.role": "Rol",
  "settings.account.changePassword": "Wachtwoord wijzigen",
  "settings.account.changing": "Wijzigen…",
  "settings.account.passwordChanged": "Wachtwoord gewijzigd. Je bent overal anders uitgelogd.",
  "settings.account.currentPassword": "Huidig wachtwoord",
  "settings.account.wrongCurrentPassword": "Het huidige wachtwoord klopt niet.",
  "settings.account.delete.title": "Account verwijderen",
  "settings.account.delete.explain":
    "Je actieve geheimen worden vernietigd (hun links werken niet meer), je wordt overal uitgelogd, je API-tokens en passkeys werken niet meer en je adres wordt gewist. Het auditlog bewaart zijn gebeurtenissen en noemt je daarin ‘verwijderd account’, met de id van je account. Dit kan niet ongedaan worden gemaakt.",
  "settings.account.delete.open": "Account verwijderen…",
  "settings.account.delete.confirmTitle": "Je account verwijderen?",
  "settings.account.delete.confirmMessage": "Dit alles gebeurt meteen en kan niet ongedaan worden gemaakt.",
  "settings.account.delete.confirm": "Mijn account verwijderen",
  "settings.passkeys.title": "Passkeys",
  "settings.passkeys.lead": "Log alleen met een passkey in, of laat hem na je wachtwoord vragen.",
  "settings.passkeys.reauth":
    "Voor je veiligheid is hiervoor een recente aanmelding nodig: log uit, log opnieuw in en probeer het dan nog eens.",
  "settings.passkeys.none": "Nog geen passkeys.",
  "settings.passkeys.used": "toegevoegd {added} · laatst gebruikt {lastUsed}",
  "settings.passkeys.unused": "toegevoegd {added} · nooit gebruikt",
  "settings.passkeys.removeLabel": "{name} verwijderen",
  "settings.passkeys.nameLabel": "Naam van de nieuwe passkey",
  "settings.passkeys.namePlaceholder": "Laptop",
  "settings.passkeys.newRecoveryCodes": "Nieuwe herstelcodes",
  "settings.members.adminOnly": "Alleen een beheerder kan leden zien en uitnodigen.",
  "settings.members.everyone": "Iedereen op deze Oncelink",
  "settings.members.loading": "Laden…",
  "settings.members.removeTitle": "{email} verwijderen?",
  "settings.members.removeTitleUnnamed": "Dit lid verwijderen?",
  "settings.members.removeMessage":
    "Hun account, sessies en API-tokens eindigen nu. Geheimen die ze al hebben gedeeld, blijven te openen tot ze verlopen.",
  "settings.members.removeConfirm": "Lid verwijderen",
  "settings.members.deleteTitle": "Account van {email} verwijderen?",
  "settings.members.deleteTitleUnnamed": "Account van dit lid verwijderen?",
  "settings.members.deleteMessage":
    "Hun actieve geheimen worden vernietigd (de links werken niet meer), hun sessies, API-tokens, passkeys en openstaande uitnodigingen eindigen en hun adres wordt gewist; het auditlog noemt ze alleen nog bij hun id. Dit kan niet ongedaan worden gemaakt.",
  "settings.members.deleteAccount": "Account verwijderen",
  "settings.members.invite": "Lid uitnodigen",
  "settings.members.inviting": "Uitnodigen…",
  "settings.members.inviteHint":
    "Ze krijgen nu een account en een e-mail met een eenmalige link om hun wachtwoord te kiezen. Die werkt één keer en verloopt na {days, plural, one {# dag} other {# dagen}}.",
  "settings.members.inviteLinkFailed":
    "{email} heeft een account, maar de uitnodigingslink kon niet worden gemaakt: {error}. Gebruik hieronder ‘Uitnodiging opnieuw sturen’.",
  "settings.members.invited": "<strong>{email} is uitgenodigd.</strong> {problem}",
  "settings.members.mailed":
    "<strong>Uitnodiging gemaild naar {email}.</strong> De link erin gaat één keer open en toont hun instellink.",
  "settings.members.inviteLink": "Uitnodigingslink",
  "settings.members.copyLink": "Link kopiëren",
  "settings.members.mailUnavailable": "E-mail is niet ingesteld op deze Oncelink, dus stuur ze deze link zelf.",
  "settings.members.mailFailed": "De uitnodiging kon niet worden gemaild ({error}), dus stuur ze deze link zelf.",
  "settings.members.inviteSecretText":
    "Je bent uitgenodigd voor Oncelink. Open deze link om je wachtwoord in te stellen: {link}",
  "settings.members.inviteSecretName": "Uitnodiging voor {email}",
  "settings.members.you": "(jij)",
  "settings.members.pending": "Uitgenodigd, nog geen wachtwoord",
  "settings.members.joined": "Lid sinds {date}",
  "settings.members.emailUnverified": "E-mail niet bevestigd",
  "settings.members.usage":
    "{used} van {quota, plural, one {# actief geheim} other {# actieve geheimen}} · {bytes} van {quotaBytes}",
  "settings.members.resendInvite": "Uitnodiging opnieuw sturen",
  "settings.members.makeAdmin": "Beheerder maken",
  "settings.members.makeMember": "Lid maken",
} satisfies Translation<typeof en>;
