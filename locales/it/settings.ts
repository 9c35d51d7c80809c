import type en from "../en/settings";
import type { Translation } from "../translation";

export default {
  "settings.remove": "Rimuovi",
  "settings.role.admin": "Amministratore",
  "settings.role.member": "Membro",
  "settings.account.emailVerified": "Email verificata",
  "settings.account.verified": "Sì",
  "settings.account.notVerified": "Non ancora",
  "settings.account.role": "Ruolo",
  "settings.account.changePassword": "Cambia password",
  "settings.account.changing": "Modifica in corso…",
  "settings.account.passwordChanged": "Password cambiata. Tutte le altre sessioni sono state chiuse.",
  "settings.account.currentPassword": "Password attuale",
  "settings.account.wrongCurrentPassword": "La password attuale non è corretta.",
  "settings.account.delete.title": "Elimina account",
  "settings.account.delete.explain":
    "I tuoi segreti attivi vengono distrutti (i loro link smettono di funzionare), tutte le tue sessioni vengono chiuse, i tuoi token API e le tue passkey smettono di funzionare e il tuo indirizzo viene cancellato. Il registro di audit conserva i suoi eventi, dove compari come «account eliminato» con l'id del tuo account. L'operazione non si può annullare.",
  "settings.account.delete.open": "Elimina account…",
  "settings.account.delete.confirmTitle": "Eliminare il tuo account?",
  "settings.account.delete.confirmMessage": "Tutto ciò avviene subito e non si può annullare.",
  "settings.account.delete.confirm": "Elimina il mio account",
  "settings.passkeys.title": "Passkey",
  "settings.passkeys.lead": "Accedi solo con una passkey, oppure fattela chiedere dopo la password.",
  "settings.passkeys.reauth": "Per sicurezza serve un accesso recente: esci, accedi di nuovo e riprova.",
  "settings.passkeys.none": "Ancora nessuna passkey.",
  "settings.passkeys.used": "aggiunta il {added} · ultimo uso il {lastUsed}",
  "settings.passkeys.unused": "aggiunta il {added} · mai usata",
  "settings.passkeys.removeLabel": "Rimuovi {name}",
  "settings.passkeys.nameLabel": "Nome della nuova passkey",
  "settings.passkeys.namePlaceholder": "Portatile",
  "settings.passkeys.newRecoveryCodes": "Nuovi codici di recupero",
  "settings.members.adminOnly": "Solo un amministratore può vedere e invitare i membri.",
  "settings.members.everyone": "Tutti su questo Oncelink",
  "settings.members.loading": "Caricamento…",
  "settings.members.removeTitle": "Rimuovere {email}?",
  "settings.members.removeTitleUnnamed": "Rimuovere questo membro?",
  "settings.members.removeMessage":
    "Il suo account, le sue sessioni e i suoi token API terminano ora. I segreti che ha già condiviso restano apribili fino alla scadenza.",
  "settings.members.removeConfirm": "Rimuovi membro",
  "settings.members.deleteTitle": "Eliminare l'account di {email}?",
  "settings.members.deleteTitleUnnamed": "Eliminare l'account di questo membro?",
  "settings.members.deleteMessage":
    "I suoi segreti attivi vengono distrutti (i link smettono di funzionare), le sue sessioni, i token API, le passkey e gli inviti in sospeso terminano e il suo indirizzo viene cancellato; il registro di audit lo indica solo con l'id. L'operazione non si può annullare.",
  "settings.members.deleteAccount": "Elimina account",
  "settings.members.invite": "Invita membro",
  "settings.members.inviting": "Invito in corso…",
  "settings.members.inviteHint":
    "Riceve subito un account e un'email con un link monouso per scegliere la password. Funziona una volta e scade tra {days, plural, one {# giorno} other {# giorni}}.",
  "settings.members.inviteLinkFailed":
    "{email} ha un account, ma non è stato possibile creare il link di invito: {error}. Usa «Invia di nuovo l'invito» qui sotto.",
  "settings.members.invited": "<strong>Invito creato per {email}.</strong> {problem}",
  "settings.members.mailed":
    "<strong>Invito inviato a {email}.</strong> Il link contenuto si apre una volta e mostra il link di configurazione.",
  "settings.members.inviteLink": "Link di invito",
  "settings.members.copyLink": "Copia link",
  "settings.members.mailUnavailable": "L'email non è configurata su questo Oncelink, quindi invia tu questo link.",
  "settings.members.mailFailed":
    "Non è stato possibile inviare l'invito per email ({error}), quindi invia tu questo link.",
  "settings.members.inviteSecretText":
    "Hai ricevuto un invito a Oncelink. Apri questo link per impostare la tua password: {link}",
  "settings.members.inviteSecretName": "Invito per {email}",
  "settings.members.you": "(tu)",
  "settings.members.pending": "Invito inviato, ancora senza password",
  "settings.members.joined": "Iscrizione il {date}",
  "settings.members.emailUnverified": "Email non verificata",
  "settings.members.usage":
    "{used} di {quota, plural, one {# segreto attivo} other {# segreti attivi}} · {bytes} di {quotaBytes}",
  "settings.members.resendInvite": "Invia di nuovo l'invito",
  "settings.members.makeAdmin": "Rendi amministratore",
  "settings.members.makeMember": "Rendi membro",
} satisfies Translation<typeof en>;
