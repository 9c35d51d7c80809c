import type en from "../en/recipient";
import type { Translation } from "../translation";

export default {
  "recipient.html.title": "Een geheim voor jou · Oncelink",
  "recipient.html.description":
    "Oncelink deelt wachtwoorden en andere geheimen via links die maar één keer opengaan: versleuteld in je browser, verwijderd na bekijken.",
  "recipient.html.loadFailed": "Deze pagina is niet geladen",
  "recipient.html.loadFailedAdvice":
    "Controleer je verbinding en laad de pagina opnieuw. Een geheim is pas verbruikt als je het bekijkt.",
  "recipient.reload": "Opnieuw laden",
  "recipient.sentence": "{text}.",
  "recipient.api.offline": "Oncelink is nu niet bereikbaar. Controleer je verbinding en probeer het opnieuw.",
  "recipient.api.generic": "Er ging iets mis. Probeer het opnieuw.",
  "recipient.api.unavailable": "Oncelink heeft nu problemen. Probeer het zo meteen opnieuw.",
  "recipient.theme": "Thema",
  "recipient.theme.system": "Systeemthema",
  "recipient.theme.light": "Licht",
  "recipient.theme.dark": "Donker",
  "recipient.signOut": "Uitloggen",
  "recipient.checking": "Link wordt gecontroleerd…",
  "recipient.end.about":
    "Oncelink deelt wachtwoorden en andere geheimen via links die maar één keer opengaan, versleuteld in de browser.",
  "recipient.end.createOwn": "Maak er zelf een",
  "recipient.problemHeading": "Eenmalig geheim",
  "recipient.retryAdvice": "Er is niets verbruikt: het geheim kan nog worden bekeken zodra dit werkt.",
  "recipient.tryAgain": "Opnieuw proberen",
  "recipient.sharedBy": "{from} heeft een geheim met je gedeeld",
  "recipient.sharedBySomeone": "Iemand heeft een geheim met je gedeeld",
  "recipient.fromVerified": "Het adres van de afzender is bevestigd door deze Oncelink-server.",
  "recipient.crash.title": "Er ging iets mis",
  "recipient.crash.advice":
    "Laad de pagina opnieuw om het nog eens te proberen. Een geheim is pas verbruikt als je het bekijkt.",
  "recipient.end.tooMany": "Te veel pogingen, probeer het later opnieuw",
  "recipient.end.mistyped": "Deze link is verkeerd getypt of afgebroken",
  "recipient.end.mistypedAdvice":
    "Er is niets geopend: het geheim is er nog. Kopieer de hele link, ook alles na de #, en open hem opnieuw. Lukt het dan nog niet, vraag de afzender dan om de link opnieuw te sturen.",
  "recipient.end.notFound": "Geheim niet gevonden of al bekeken",
  "recipient.end.notFoundAdvice":
    "Misschien heeft iemand het al geopend, of heeft de afzender het verwijderd. Vraag de afzender om een nieuwe link.",
  "recipient.end.expired": "Dit geheim is verlopen",
  "recipient.end.expiredAdvice": "Het kan niet meer worden geopend. Vraag de afzender om een nieuwe link.",
  "recipient.end.incomplete": "Deze link is onvolledig",
  "recipient.incorrect": "Onjuiste wachtwoordzin",
  "recipient.end.burned": "Onjuiste wachtwoordzin. Er zijn geen pogingen meer over, dus het geheim is verwijderd",
  "recipient.end.askSender": "Vraag de afzender om een nieuwe link.",
  "recipient.end.notRecipient":
    "Log in met het account waarvoor het bedoeld was, of vraag de afzender om een nieuwe link.",
  "recipient.signIn.heading": "Log in om dit geheim te bekijken",
  "recipient.signIn.why":
    "Wie het heeft gedeeld, wil dat alleen ingelogde mensen het kunnen bekijken. Er is niets verbruikt.",
  "recipient.signIn.button": "Inloggen en bekijken",
  "recipient.oneTime": "Dit is een eenmalig geheim.",
  "recipient.oneTime.views":
    "{n, plural, =1 { Zodra je het bekijkt, wordt het definitief verwijderd.} one { Het kan nog # keer worden bekeken, daarna wordt het definitief verwijderd.} other { Het kan nog # keer worden bekeken, daarna wordt het definitief verwijderd.}}",
  "recipient.expires": "Het verloopt {countdown}, op {time}.",
  "recipient.countdown.in": "over {time}",
  "recipient.countdown.now": "nu",
  "recipient.passphrase": "Wachtwoordzin",
  "recipient.passphrase.hint":
    "De afzender heeft die gekozen en hoort die apart aan je door te geven, bijvoorbeeld telefonisch of in een andere chat.",
  "recipient.view": "Geheim bekijken",
  "recipient.opening": "Openen…",
  "recipient.attemptsLeft": "{n, plural, one {Nog # poging.} other {Nog # pogingen.}}",
  "recipient.checkNotLoaded":
    "De controle of je een mens bent is niet geladen. Controleer je verbinding en probeer het opnieuw",
  "recipient.check.waiting": "Rond de controle af om het geheim te bekijken.",
  "recipient.check.passed": "Controle afgerond.",
  "recipient.check.failed":
    "De controle of je een mens bent is niet gelukt. Die wordt vanzelf herhaald; blijft het mislukken, laad de pagina dan opnieuw.",
  "recipient.open.stretching": "Wachtwoordzin wordt versterkt…",
  "recipient.open.resend": "Opnieuw sturen",
  "recipient.open.sending": "Versturen…",
  "recipient.open.sent": "Verstuurd. Alleen de nieuwste link werkt.",
  "recipient.open.mailedTo":
    "We hebben een bevestigingslink naar {email} gestuurd. Open die en open daarna de link van dit geheim opnieuw: het geheim is niet verbruikt.",
  "recipient.open.mailed":
    "We hebben een bevestigingslink naar je adres gestuurd. Open die en open daarna de link van dit geheim opnieuw: het geheim is niet verbruikt.",
  "recipient.open.heading": "Geheim getoond",
  "recipient.open.secret": "Geheim",
  "recipient.open.copyAndClear": "Kopiëren en wissen",
  "recipient.open.copyAndClearHint": "“Kopiëren en wissen” kopieert het en haalt het daarna van deze pagina.",
  "recipient.open.copy": "Kopiëren",
  "recipient.open.copied": "Gekopieerd",
  "recipient.open.clear": "Wissen",
  "recipient.open.copyFailed": "Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.",
  "recipient.open.copyDone": "Gekopieerd naar je klembord.",
  "recipient.open.clearedCopied":
    "Gekopieerd naar je klembord en gewist van deze pagina. Plak het waar het hoort: het kan niet opnieuw worden getoond.",
  "recipient.open.cleared": "Gewist van deze pagina. Het kan niet opnieuw worden getoond.",
  "recipient.open.viewedAt": "Bekeken op {time}",
  "recipient.open.remaining":
    "{n, plural, one {Nog # keer te bekijken voordat het wordt verwijderd} other {Nog # keer te bekijken voordat het wordt verwijderd}}",
  "recipient.open.deleted": "Dit geheim is definitief verwijderd",
  "recipient.open.files": "{n, plural, one {Bestand} other {Bestanden}}",
  "recipient.open.filesHint":
    "Downloaden kan tot {time}; daarna worden ze verwijderd. Bestanden worden opgeslagen, nooit hier geopend.",
  "recipient.open.download": "Downloaden",
  "recipient.open.downloadName": "{name} downloaden",
  "recipient.open.downloading": "Downloaden…",
  "recipient.open.downloadAgain": "Opnieuw downloaden",
  "recipient.open.saved": "{name} opgeslagen.",
  "recipient.open.notSaved": "{message}. Er is niets van opgeslagen.",
  "recipient.open.progress.download": "{done} van {total} gedownload",
  "recipient.open.progress.decrypt": "{done} van {total} ontsleuteld",
  "recipient.open.progress.left": "{line} · nog ongeveer {left}",
} satisfies Translation<typeof en>;
