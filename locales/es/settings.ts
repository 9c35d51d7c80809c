import type en from "../en/settings";
import type { Translation } from "../translation";

export default {
  "settings.remove": "Quitar",
  "settings.role.admin": "Administrador",
  "settings.role.member": "Miembro",
  "settings.account.emailVerified": "Correo verificado",
  "settings.account.verified": "Sí",
  "settings.account.notVerified": "Todavía no",
  "settings.account.role": "Rol",
  "settings.account.changePassword": "Cambiar contraseña",
  "settings.account.changing": "Cambiando…",
  "settings.account.passwordChanged": "Contraseña cambiada. Se cerraron todas tus otras sesiones.",
  "settings.account.currentPassword": "Contraseña actual",
  "settings.account.wrongCurrentPassword": "La contraseña actual no es correcta.",
  "settings.account.delete.title": "Eliminar cuenta",
  "settings.account.delete.explain":
    "Tus secretos activos se destruyen (sus enlaces dejan de funcionar), se cierran todas tus sesiones, tus tokens de API y tus llaves de acceso dejan de funcionar y tu dirección se borra. El registro de auditoría conserva sus eventos, donde apareces como «cuenta eliminada» con el id de tu cuenta. Esto no se puede deshacer.",
  "settings.account.delete.open": "Eliminar cuenta…",
  "settings.account.delete.confirmTitle": "¿Eliminar tu cuenta?",
  "settings.account.delete.confirmMessage": "Todo lo anterior ocurre a la vez y no se puede deshacer.",
  "settings.account.delete.confirm": "Eliminar mi cuenta",
  "settings.passkeys.title": "Llaves de acceso",
  "settings.passkeys.lead": "Inicia sesión solo con una llave de acceso, o haz que se pida después de tu contraseña.",
  "settings.passkeys.reauth":
    "Por tu seguridad, esto requiere un inicio de sesión reciente: cierra sesión, vuelve a iniciarla y reinténtalo.",
  "settings.passkeys.none": "Todavía no hay llaves de acceso.",
  "settings.passkeys.used": "añadida el {added} · último uso el {lastUsed}",
  "settings.passkeys.unused": "añadida el {added} · nunca usada",
  "settings.passkeys.removeLabel": "Quitar {name}",
  "settings.passkeys.nameLabel": "Nombre de la nueva llave de acceso",
  "settings.passkeys.namePlaceholder": "Portátil",
  "settings.passkeys.newRecoveryCodes": "Nuevos códigos de recuperación",
  "settings.members.adminOnly": "Solo un administrador puede ver e invitar miembros.",
  "settings.members.everyone": "Todos en este Oncelink",
  "settings.members.loading": "Cargando…",
  "settings.members.removeTitle": "¿Quitar a {email}?",
  "settings.members.removeTitleUnnamed": "¿Quitar a este miembro?",
  "settings.members.removeMessage":
    "Su cuenta, sus sesiones y sus tokens de API terminan ahora. Los secretos que ya compartió se pueden seguir abriendo hasta que caduquen.",
  "settings.members.removeConfirm": "Quitar miembro",
  "settings.members.deleteTitle": "¿Eliminar la cuenta de {email}?",
  "settings.members.deleteTitleUnnamed": "¿Eliminar la cuenta de este miembro?",
  "settings.members.deleteMessage":
    "Sus secretos activos se destruyen (los enlaces dejan de funcionar), sus sesiones, tokens de API, llaves de acceso e invitaciones pendientes terminan, y su dirección se borra; el registro de auditoría solo lo identifica por su id. Esto no se puede deshacer.",
  "settings.members.deleteAccount": "Eliminar cuenta",
  "settings.members.invite": "Invitar miembro",
  "settings.members.inviting": "Invitando…",
  "settings.members.inviteHint":
    "Recibe una cuenta ahora y un correo con un enlace de un solo uso para elegir su contraseña. Funciona una vez y caduca en {days, plural, one {# día} other {# días}}.",
  "settings.members.inviteLinkFailed":
    "{email} tiene una cuenta, pero no se pudo crear el enlace de invitación: {error}. Usa «Reenviar invitación» abajo.",
  "settings.members.invited": "<strong>Invitación creada para {email}.</strong> {problem}",
  "settings.members.mailed":
    "<strong>Invitación enviada a {email}.</strong> El enlace que contiene se abre una vez y muestra su enlace de configuración.",
  "settings.members.inviteLink": "Enlace de invitación",
  "settings.members.copyLink": "Copiar enlace",
  "settings.members.mailUnavailable": "El correo no está configurado en este Oncelink, así que envíale tú este enlace.",
  "settings.members.mailFailed":
    "No se pudo enviar la invitación por correo ({error}), así que envíale tú este enlace.",
  "settings.members.inviteSecretText":
    "Tienes una invitación a Oncelink. Abre este enlace para elegir tu contraseña: {link}",
  "settings.members.inviteSecretName": "Invitación para {email}",
  "settings.members.you": "(tú)",
  "settings.members.pending": "Invitación enviada, aún sin contraseña",
  "settings.members.joined": "Se unió el {date}",
  "settings.members.emailUnverified": "Correo no verificado",
  "settings.members.usage":
    "{used} de {quota, plural, one {# secreto activo} other {# secretos activos}} · {bytes} de {quotaBytes}",
  "settings.members.resendInvite": "Reenviar invitación",
  "settings.members.makeAdmin": "Hacer administrador",
  "settings.members.makeMember": "Hacer miembro",
} satisfies Translation<typeof en>;
