import type en from "../en/settings";
import type { Translation } from "../translation";

export default {
  "settings.remove": "Usuń",
  "settings.role.admin": "Administrator",
  "settings.role.member": "Członek",
  "settings.account.emailVerified": "E-mail potwierdzony",
  "settings.account.verified": "Tak",
  "settings.account.notVerified": "Jeszcze nie",
  "settings.account.role": "Rola",
  "settings.account.changePassword": "Zmień hasło",
  "settings.account.changing": "Zmienianie…",
  "settings.account.passwordChanged": "Hasło zostało zmienione. Wszystkie Twoje pozostałe sesje zostały zakończone.",
  "settings.account.currentPassword": "Obecne hasło",
  "settings.account.wrongCurrentPassword": "Obecne hasło jest nieprawidłowe.",
  "settings.account.delete.title": "Usuń konto",
  "settings.account.delete.explain":
    "Twoje aktywne sekrety zostaną zniszczone (ich linki przestaną działać), wszystkie Twoje sesje zostaną zakończone, Twoje tokeny API i klucze dostępu przestaną działać, a Twój adres zostanie usunięty. Dziennik audytu zachowa swoje zdarzenia i będzie w nich nazywał Cię „usunięte konto”, z identyfikatorem Twojego konta. Tego nie można cofnąć.",
  "settings.account.delete.open": "Usuń konto…",
  "settings.account.delete.confirmTitle": "Usunąć Twoje konto?",
  "settings.account.delete.confirmMessage": "Wszystko to stanie się od razu i nie można tego cofnąć.",
  "settings.account.delete.confirm": "Usuń moje konto",
  "settings.passkeys.title": "Klucze dostępu",
  "settings.passkeys.lead": "Loguj się samym kluczem dostępu albo podawaj go po haśle.",
  "settings.passkeys.reauth":
    "Ze względów bezpieczeństwa wymaga to niedawnego logowania: wyloguj się, zaloguj ponownie i spróbuj jeszcze raz.",
  "settings.passkeys.none": "Nie masz jeszcze kluczy dostępu.",
  "settings.passkeys.used": "dodano {added} · ostatnio użyto {lastUsed}",
  "settings.passkeys.unused": "dodano {added} · nigdy nie użyto",
  "settings.passkeys.removeLabel": "Usuń {name}",
  "settings.passkeys.nameLabel": "Nazwa nowego klucza dostępu",
  "settings.passkeys.namePlaceholder": "Laptop",
  "settings.passkeys.newRecoveryCodes": "Nowe kody odzyskiwania",
  "settings.members.adminOnly": "Tylko administrator może wyświetlać i zapraszać członków.",
  "settings.members.everyone": "Wszyscy w tym Oncelinku",
  "settings.members.loading": "Wczytywanie…",
  "settings.members.removeTitle": "Usunąć {email}?",
  "settings.members.removeTitleUnnamed": "Usunąć tego członka?",
  "settings.members.removeMessage":
    "Konto, sesje i tokeny API tej osoby kończą się teraz. Sekrety, które już udostępniła, będzie można otwierać do czasu ich wygaśnięcia.",
  "settings.members.removeConfirm": "Usuń członka",
  "settings.members.deleteTitle": "Usunąć konto {email}?",
  "settings.members.deleteTitleUnnamed": "Usunąć konto tego członka?",
  "settings.members.deleteMessage":
    "Aktywne sekrety tej osoby zostaną zniszczone (linki przestaną działać), jej sesje, tokeny API, klucze dostępu i oczekujące zaproszenia zostaną zakończone, a jej adres zostanie usunięty; dziennik audytu będzie ją oznaczał tylko identyfikatorem. Tego nie można cofnąć.",
  "settings.members.deleteAccount": "Usuń konto",
  "settings.members.invite": "Zaproś członka",
  "settings.members.inviting": "Zapraszanie…",
  "settings.members.inviteHint":
    "Ta osoba od razu dostanie konto i e-mail z jednorazowym linkiem do ustawienia hasła. Link działa raz i wygasa po {days, plural, one {# dniu} few {# dniach} many {# dniach} other {# dnia}}.",
  "settings.members.inviteLinkFailed":
    "{email} ma konto, ale nie udało się utworzyć linku z zaproszeniem: {error}. Użyj poniżej przycisku „Wyślij zaproszenie ponownie”.",
  "settings.members.invited": "<strong>Zaproszono {email}.</strong> {problem}",
  "settings.members.mailed":
    "<strong>Wysłano zaproszenie na adres {email}.</strong> Link w wiadomości otworzy się raz i pokaże link do konfiguracji konta.",
  "settings.members.inviteLink": "Link z zaproszeniem",
  "settings.members.copyLink": "Kopiuj link",
  "settings.members.mailUnavailable": "W tym Oncelinku nie skonfigurowano poczty, więc wyślij ten link samodzielnie.",
  "settings.members.mailFailed":
    "Nie udało się wysłać zaproszenia e-mailem ({error}), więc wyślij ten link samodzielnie.",
  "settings.members.inviteSecretText": "Masz zaproszenie do Oncelink. Otwórz ten link, aby ustawić hasło: {link}",
  "settings.members.inviteSecretName": "Zaproszenie dla {email}",
  "settings.members.you": "(Ty)",
  "settings.members.pending": "Zaproszenie wysłane, brak hasła",
  "settings.members.joined": "Dołączenie: {date}",
  "settings.members.emailUnverified": "E-mail niepotwierdzony",
  "settings.members.usage":
    "{used} z {quota, plural, one {# aktywnego sekretu} few {# aktywnych sekretów} many {# aktywnych sekretów} other {# aktywnego sekretu}} · {bytes} z {quotaBytes}",
  "settings.members.resendInvite": "Wyślij zaproszenie ponownie",
  "settings.members.makeAdmin": "Nadaj rolę administratora",
  "settings.members.makeMember": "Nadaj rolę członka",
} satisfies Translation<typeof en>;
