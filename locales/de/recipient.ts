import type en from "../en/recipient";
import type { Translation } from "../translation";

export default {
  "recipient.html.title": "Ein Geheimnis für Sie · Oncelink",
  "recipient.html.description":
    "Oncelink teilt Passwörter und andere Geheimnisse über Links, die sich nur einmal öffnen: in Ihrem Browser verschlüsselt, nach dem Ansehen gelöscht.",
  "recipient.html.loadFailed": "Diese Seite wurde nicht geladen",
  "recipient.html.loadFailedAdvice":
    "Prüfen Sie Ihre Verbindung und laden Sie die Seite neu. Ein Geheimnis wird erst verbraucht, wenn Sie es ansehen.",
  "recipient.reload": "Neu laden",
  "recipient.sentence": "{text}.",
  "recipient.api.offline":
    "Oncelink ist gerade nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  "recipient.api.generic": "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.",
  "recipient.api.unavailable": "Oncelink hat gerade Probleme. Bitte versuchen Sie es gleich noch einmal.",
  "recipient.theme": "Design",
  "recipient.theme.system": "Systemdesign",
  "recipient.theme.light": "Hell",
  "recipient.theme.dark": "Dunkel",
  "recipient.signOut": "Abmelden",
  "recipient.checking": "Link wird geprüft…",
  "recipient.end.about":
    "Oncelink teilt Passwörter und andere Geheimnisse über Links, die sich nur einmal öffnen, im Browser verschlüsselt.",
  "recipient.end.createOwn": "Eigenes erstellen",
  "recipient.problemHeading": "Einmal-Geheimnis",
  "recipient.retryAdvice": "Nichts wurde verbraucht: Das Geheimnis lässt sich noch ansehen, sobald dies funktioniert.",
  "recipient.tryAgain": "Erneut versuchen",
  "recipient.sharedBy": "{from} hat ein Geheimnis mit Ihnen geteilt",
  "recipient.sharedBySomeone": "Jemand hat ein Geheimnis mit Ihnen geteilt",
  "recipient.fromVerified": "Die Adresse des Absenders ist von diesem Oncelink-Server bestätigt.",
  "recipient.crash.title": "Etwas ist schiefgelaufen",
  "recipient.crash.advice":
    "Laden Sie die Seite neu, um es noch einmal zu versuchen. Ein Geheimnis wird erst verbraucht, wenn Sie es ansehen.",
  "recipient.end.tooMany": "Zu viele Versuche, versuchen Sie es später erneut",
  "recipient.end.mistyped": "Dieser Link ist falsch getippt oder abgeschnitten",
  "recipient.end.mistypedAdvice":
    "Nichts wurde geöffnet: Das Geheimnis ist noch da. Kopieren Sie den ganzen Link, auch alles nach dem #, und öffnen Sie ihn erneut. Klappt es dann nicht, bitten Sie den Absender, den Link noch einmal zu senden.",
  "recipient.end.notFound": "Geheimnis nicht gefunden oder bereits angesehen",
  "recipient.end.notFoundAdvice":
    "Vielleicht hat es schon jemand geöffnet, oder der Absender hat es gelöscht. Bitten Sie den Absender um einen neuen Link.",
  "recipient.end.expired": "Dieses Geheimnis ist abgelaufen",
  "recipient.end.expiredAdvice": "Es lässt sich nicht mehr öffnen. Bitten Sie den Absender um einen neuen Link.",
  "recipient.end.incomplete": "Dieser Link ist unvollständig",
  "recipient.incorrect": "Falsche Passphrase",
  "recipient.end.burned": "Falsche Passphrase. Es sind keine Versuche mehr übrig, daher wurde das Geheimnis gelöscht",
  "recipient.end.askSender": "Bitten Sie den Absender um einen neuen Link.",
  "recipient.end.notRecipient":
    "Melden Sie sich mit dem Konto an, für das es bestimmt war, oder bitten Sie den Absender um einen neuen Link.",
  "recipient.signIn.heading": "Melden Sie sich an, um dieses Geheimnis anzusehen",
  "recipient.signIn.why":
    "Die Person, die es geteilt hat, möchte, dass nur angemeldete Personen es ansehen. Nichts wurde verbraucht.",
  "recipient.signIn.button": "Anmelden und ansehen",
  "recipient.oneTime": "Dies ist ein Einmal-Geheimnis.",
  "recipient.oneTime.views":
    "{n, plural, =1 { Sobald Sie es ansehen, wird es endgültig gelöscht.} other { Es kann noch # Mal angesehen werden, dann wird es endgültig gelöscht.}}",
  "recipient.expires": "Es läuft {countdown} ab, am {time}.",
  "recipient.countdown.in": "in {time}",
  "recipient.countdown.now": "jetzt",
  "recipient.passphrase": "Passphrase",
  "recipient.passphrase.hint":
    "Der Absender hat sie gewählt und sollte sie Ihnen getrennt mitteilen, etwa per Telefon oder in einem anderen Chat.",
  "recipient.view": "Geheimnis ansehen",
  "recipient.opening": "Wird geöffnet…",
  "recipient.attemptsLeft": "{n, plural, one {Noch # Versuch.} other {Noch # Versuche.}}",
  "recipient.checkNotLoaded":
    "Die Prüfung, ob Sie ein Mensch sind, wurde nicht geladen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut",
  "recipient.check.waiting": "Schließen Sie die Prüfung ab, um das Geheimnis anzusehen.",
  "recipient.check.passed": "Prüfung abgeschlossen.",
  "recipient.check.failed":
    "Die Prüfung ist nicht gelungen. Sie wird von selbst wiederholt; schlägt sie weiter fehl, laden Sie die Seite neu.",
  "recipient.open.stretching": "Passphrase wird verstärkt…",
  "recipient.open.resend": "Erneut senden",
  "recipient.open.sending": "Wird gesendet…",
  "recipient.open.sent": "Gesendet. Nur der neueste Link funktioniert.",
  "recipient.open.mailedTo":
    "Wir haben einen Bestätigungslink an {email} gesendet. Öffnen Sie ihn, dann öffnen Sie den Link dieses Geheimnisses erneut: Das Geheimnis wurde nicht verbraucht.",
  "recipient.open.mailed":
    "Wir haben einen Bestätigungslink an Ihre Adresse gesendet. Öffnen Sie ihn, dann öffnen Sie den Link dieses Geheimnisses erneut: Das Geheimnis wurde nicht verbraucht.",
  "recipient.open.heading": "Geheimnis angezeigt",
  "recipient.open.secret": "Geheimnis",
  "recipient.open.copyAndClear": "Kopieren und leeren",
  "recipient.open.copyAndClearHint": "„Kopieren und leeren“ kopiert es und entfernt es dann von dieser Seite.",
  "recipient.open.copy": "Kopieren",
  "recipient.open.copied": "Kopiert",
  "recipient.open.clear": "Leeren",
  "recipient.open.copyFailed": "Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn von Hand.",
  "recipient.open.copyDone": "In Ihre Zwischenablage kopiert.",
  "recipient.open.clearedCopied":
    "In Ihre Zwischenablage kopiert und von dieser Seite entfernt. Fügen Sie es dort ein, wo es hingehört: Es kann nicht noch einmal angezeigt werden.",
  "recipient.open.cleared": "Von dieser Seite entfernt. Es kann nicht noch einmal angezeigt werden.",
  "recipient.open.viewedAt": "Angesehen am {time}",
  "recipient.open.remaining":
    "{n, plural, one {# Ansicht bleibt, bevor es gelöscht wird} other {# Ansichten bleiben, bevor es gelöscht wird}}",
  "recipient.open.deleted": "Dieses Geheimnis wurde endgültig gelöscht",
  "recipient.open.files": "{n, plural, one {Datei} other {Dateien}}",
  "recipient.open.filesHint":
    "Herunterladen bis {time}; danach werden sie gelöscht. Dateien werden gespeichert, nie hier geöffnet.",
  "recipient.open.download": "Herunterladen",
  "recipient.open.downloadName": "{name} herunterladen",
  "recipient.open.downloading": "Wird heruntergeladen…",
  "recipient.open.downloadAgain": "Erneut herunterladen",
  "recipient.open.saved": "{name} gespeichert.",
  "recipient.open.notSaved": "{message}. Nichts davon wurde gespeichert.",
  "recipient.open.progress.download": "{done} von {total} heruntergeladen",
  "recipient.open.progress.decrypt": "{done} von {total} entschlüsselt",
  "recipient.open.progress.left": "{line} · noch etwa {left}",
} satisfies Translation<typeof en>;
