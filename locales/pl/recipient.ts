import type en from "../en/recipient";
import type { Translation } from "../translation";

export default {
  "recipient.html.title": "Sekret dla Ciebie · Oncelink",
  "recipient.html.description":
    "Oncelink udostępnia hasła i inne sekrety przez linki, które otwierają się tylko raz: szyfrowane w Twojej przeglądarce, usuwane po wyświetleniu.",
  "recipient.html.loadFailed": "Ta strona się nie wczytała",
  "recipient.html.loadFailedAdvice":
    "Sprawdź połączenie i odśwież stronę. Sekret nie zostaje zużyty, dopóki go nie wyświetlisz.",
  "recipient.reload": "Odśwież",
  "recipient.sentence": "{text}.",
  "recipient.api.offline": "Nie można teraz połączyć się z Oncelink. Sprawdź połączenie i spróbuj ponownie.",
  "recipient.api.generic": "Coś poszło nie tak. Spróbuj ponownie.",
  "recipient.api.unavailable": "Oncelink ma teraz problemy. Spróbuj ponownie za chwilę.",
  "recipient.theme": "Motyw",
  "recipient.theme.system": "Motyw systemowy",
  "recipient.theme.light": "Jasny",
  "recipient.theme.dark": "Ciemny",
  "recipient.signOut": "Wyloguj się",
  "recipient.checking": "Sprawdzanie linku…",
  "recipient.end.about":
    "Oncelink udostępnia hasła i inne sekrety przez linki, które otwierają się tylko raz, szyfrowane w przeglądarce.",
  "recipient.end.createOwn": "Utwórz własny",
  "recipient.problemHeading": "Jednorazowy sekret",
  "recipient.retryAdvice": "Nic nie zostało zużyte: sekret będzie można wyświetlić, gdy to zadziała.",
  "recipient.tryAgain": "Spróbuj ponownie",
  "recipient.sharedBy": "{from} udostępnia Ci sekret",
  "recipient.sharedBySomeone": "Ktoś udostępnił Ci sekret",
  "recipient.fromVerified": "Adres nadawcy jest potwierdzony przez ten serwer Oncelink.",
  "recipient.crash.title": "Coś poszło nie tak",
  "recipient.crash.advice":
    "Odśwież stronę, aby spróbować ponownie. Sekret nie zostaje zużyty, dopóki go nie wyświetlisz.",
  "recipient.end.tooMany": "Zbyt wiele prób, spróbuj ponownie później",
  "recipient.end.mistyped": "Ten link ma literówkę lub jest ucięty",
  "recipient.end.mistypedAdvice":
    "Nic nie zostało otwarte: sekret nadal tam jest. Skopiuj cały link, razem ze wszystkim po znaku #, i otwórz go ponownie. Jeśli nadal nie działa, poproś nadawcę o ponowne wysłanie linku.",
  "recipient.end.notFound": "Nie znaleziono sekretu lub został już wyświetlony",
  "recipient.end.notFoundAdvice":
    "Możliwe, że ktoś już go otworzył albo nadawca go usunął. Poproś nadawcę o nowy link.",
  "recipient.end.expired": "Ten sekret wygasł",
  "recipient.end.expiredAdvice": "Nie można go już otworzyć. Poproś nadawcę o nowy link.",
  "recipient.end.incomplete": "Ten link jest niekompletny",
  "recipient.incorrect": "Nieprawidłowa fraza hasła",
  "recipient.end.burned": "Nieprawidłowa fraza hasła. Nie zostało już żadnych prób, więc sekret został usunięty",
  "recipient.end.askSender": "Poproś nadawcę o nowy link.",
  "recipient.end.notRecipient": "Zaloguj się na konto, dla którego był przeznaczony, albo poproś nadawcę o nowy link.",
  "recipient.signIn.heading": "Zaloguj się, aby wyświetlić ten sekret",
  "recipient.signIn.why":
    "Osoba, która go udostępniła, chce, aby mogły go wyświetlić tylko zalogowane osoby. Nic nie zostało zużyte.",
  "recipient.signIn.button": "Zaloguj się i wyświetl",
  "recipient.oneTime": "To jest jednorazowy sekret.",
  "recipient.oneTime.views":
    "{n, plural, =1 { Gdy go wyświetlisz, zostanie trwale usunięty.} one { Można go wyświetlić jeszcze # raz, potem zostanie trwale usunięty.} few { Można go wyświetlić jeszcze # razy, potem zostanie trwale usunięty.} many { Można go wyświetlić jeszcze # razy, potem zostanie trwale usunięty.} other { Można go wyświetlić jeszcze # razy, potem zostanie trwale usunięty.}}",
  "recipient.expires": "Wygasa {countdown} ({time}).",
  "recipient.countdown.in": "za {time}",
  "recipient.countdown.now": "teraz",
  "recipient.passphrase": "Fraza hasła",
  "recipient.passphrase.hint":
    "Wybiera ją nadawca i powinien przekazać Ci ją osobno, na przykład telefonicznie lub na innym czacie.",
  "recipient.view": "Wyświetl sekret",
  "recipient.opening": "Otwieranie…",
  "recipient.attemptsLeft":
    "{n, plural, one {Została # próba.} few {Zostały # próby.} many {Zostało # prób.} other {Zostało # próby.}}",
  "recipient.checkNotLoaded":
    "Weryfikacja, czy jesteś człowiekiem, nie wczytała się. Sprawdź połączenie i spróbuj ponownie",
  "recipient.check.waiting": "Ukończ weryfikację, aby wyświetlić sekret.",
  "recipient.check.passed": "Weryfikacja ukończona.",
  "recipient.check.failed":
    "Weryfikacja, czy jesteś człowiekiem, nie powiodła się. Zostanie powtórzona automatycznie; jeśli nadal będzie się nie udawać, odśwież stronę.",
  "recipient.open.stretching": "Wzmacnianie frazy hasła…",
  "recipient.open.resend": "Wyślij ponownie",
  "recipient.open.sending": "Wysyłanie…",
  "recipient.open.sent": "Wysłano. Działa tylko najnowszy link.",
  "recipient.open.mailedTo":
    "Wysłaliśmy link weryfikacyjny na adres {email}. Otwórz go, a potem ponownie otwórz link do tego sekretu: sekret nie został zużyty.",
  "recipient.open.mailed":
    "Wysłaliśmy link weryfikacyjny na Twój adres. Otwórz go, a potem ponownie otwórz link do tego sekretu: sekret nie został zużyty.",
  "recipient.open.heading": "Sekret wyświetlony",
  "recipient.open.secret": "Sekret",
  "recipient.open.copyAndClear": "Skopiuj i wyczyść",
  "recipient.open.copyAndClearHint": "„Skopiuj i wyczyść” kopiuje sekret, a potem usuwa go z tej strony.",
  "recipient.open.copy": "Kopiuj",
  "recipient.open.copied": "Skopiowano",
  "recipient.open.clear": "Wyczyść",
  "recipient.open.copyFailed": "Nie udało się skopiować. Zaznacz tekst i skopiuj go ręcznie.",
  "recipient.open.copyDone": "Skopiowano do schowka.",
  "recipient.open.clearedCopied":
    "Skopiowano do schowka i usunięto z tej strony. Wklej go tam, gdzie trzeba: nie można go pokazać ponownie.",
  "recipient.open.cleared": "Usunięto z tej strony. Nie można go pokazać ponownie.",
  "recipient.open.viewedAt": "Wyświetlono: {time}",
  "recipient.open.remaining":
    "{n, plural, one {Zostało # wyświetlenie, zanim sekret zostanie usunięty} few {Zostały # wyświetlenia, zanim sekret zostanie usunięty} many {Zostało # wyświetleń, zanim sekret zostanie usunięty} other {Zostało # wyświetlenia, zanim sekret zostanie usunięty}}",
  "recipient.open.deleted": "Ten sekret został trwale usunięty",
  "recipient.open.files": "{n, plural, one {Plik} few {Pliki} many {Pliki} other {Pliki}}",
  "recipient.open.filesHint":
    "Pobierz je do {time}; potem zostaną usunięte. Pliki są zapisywane na dysku, nigdy nie otwierane tutaj.",
  "recipient.open.download": "Pobierz",
  "recipient.open.downloadName": "Pobierz {name}",
  "recipient.open.downloading": "Pobieranie…",
  "recipient.open.downloadAgain": "Pobierz ponownie",
  "recipient.open.saved": "Zapisano {name}.",
  "recipient.open.notSaved": "{message}. Nic z tego nie zostało zapisane.",
  "recipient.open.progress.download": "Pobrano {done} z {total}",
  "recipient.open.progress.decrypt": "Odszyfrowano {done} z {total}",
  "recipient.open.progress.left": "{line} · zostało około {left}",
} satisfies Translation<typeof en>;
