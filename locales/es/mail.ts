import type en from "../en/mail";
import type { Translation } from "../translation";

export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "Un usuario de Oncelink (dirección no verificada)",
  "mail.quoted": "«{name}»",
  "mail.unnamed": "sin nombre",
  "mail.unknownViewer": "Desconocido (sin iniciar sesión)",
  "mail.unverifiedViewer": "{email} (dirección no verificada)",
  "mail.unknownLocation": "ubicación desconocida",
  "mail.unknownDevice": "desconocido",
  "mail.placeWithIp": "{place} ({ip})",
  "mail.when": "Cuándo: {at}",
  "mail.by": "Quién: {who}",
  "mail.from": "Dónde: {place}",
  "mail.device": "Dispositivo: {device}",

  "mail.link.subject": "{sender} compartió un secreto contigo",
  "mail.link.intro": "{sender} compartió un secreto contigo a través de Oncelink.",
  "mail.link.openText": "Ábrelo aquí (se puede ver una sola vez; después se elimina): {link}",
  "mail.link.openHtml": "{open}. Se puede ver una sola vez; después se elimina.",
  "mail.link.openLink": "Abre el secreto",
  "mail.link.expires": "El enlace caduca el {at}. Si no esperabas este mensaje, ignóralo.",

  "mail.invite.subject": "{sender} te invitó a Oncelink",
  "mail.invite.intro": "{sender} te invitó a Oncelink, donde tu equipo comparte contraseñas y otros secretos.",
  "mail.invite.openText":
    "Abre este enlace para establecer tu contraseña (se abre una sola vez; después se elimina): {link}",
  "mail.invite.openHtml": "{open} para establecer tu contraseña. Se abre una sola vez; después se elimina.",
  "mail.invite.openLink": "Abre tu invitación",
  "mail.invite.expires": "La invitación caduca el {at}. Si no esperabas este mensaje, ignóralo.",

  "mail.viewed.subject": "Se ha visto tu secreto {label}",
  "mail.viewed.intro": "Se ha visto tu secreto {label}.",
  "mail.viewed.remaining":
    "{count, plural, one {Queda # visualización.} many {Quedan # de visualizaciones.} other {Quedan # visualizaciones.}}",
  "mail.viewed.deleted": "Ya se ha eliminado.",

  "mail.expired.subject": "Tu secreto {label} caducó sin que nadie lo viera",
  "mail.expired.body": "Tu secreto {label} caducó el {at} sin que nadie lo viera y se eliminó.",

  "mail.verify.subject": "Confirma tu dirección de correo para Oncelink",
  "mail.verify.intro": "Alguien, esperamos que tú, creó una cuenta de Oncelink con esta dirección de correo.",
  "mail.verify.confirmText":
    "Confirma que la dirección es tuya (el enlace funciona una sola vez, durante 24 horas): {link}",
  "mail.verify.confirmHtml": "{confirm}. El enlace funciona una sola vez, durante 24 horas.",
  "mail.verify.confirmLink": "Confirma que la dirección es tuya",
  "mail.verify.until":
    "Hasta entonces, la cuenta no puede abrir los secretos compartidos con esta dirección. Si no fuiste tú, ignora este mensaje.",

  "mail.responded.subject": "Tu solicitud {label} recibió una respuesta",
  "mail.responded.intro": "Alguien respondió a tu solicitud {label}.",
  "mail.responded.openText":
    "Abre la respuesta una sola vez, en el navegador o con la CLI que guarda la clave de la solicitud: {link}",
  "mail.responded.openHtml": "{open} una sola vez, en el navegador o con la CLI que guarda la clave de la solicitud.",
  "mail.responded.openLink": "Abre la respuesta",

  "mail.webhook.subject": "Se desactivó el punto de conexión de webhook {host}",
  "mail.webhook.intro": "Oncelink dejó de enviar eventos a tu punto de conexión de webhook en {host}.",
  "mail.webhook.failed":
    "Las últimas {count} entregas a este punto de conexión fallaron en todos los intentos durante un día. Ya no se ponen eventos en cola para él.",
  "mail.webhook.fixText":
    "Corrige el receptor y luego vuelve a activar el punto de conexión (y envía un evento de prueba) en {link}",
  "mail.webhook.fixHtml": "Corrige el receptor, luego {enable} y envía un evento de prueba.",
  "mail.webhook.enableLink": "vuelve a activar el punto de conexión",
  "mail.slack.named": "«{name}»",
  "mail.slack.unnamed": "(sin nombre)",
  "mail.slack.secret.created": "Se creó el secreto {name}",
  "mail.slack.secret.viewed": "Se abrió el secreto {name}",
  "mail.slack.secret.expired": "El secreto {name} caducó",
  "mail.slack.secret.burned": "Se destruyó el secreto {name}",
  "mail.slack.secret.reveal_failed": "Falló un intento de abrir el secreto {name}",
  "mail.slack.request.created": "Se creó la solicitud {name}",
  "mail.slack.request.responded": "La solicitud {name} recibió una respuesta",
  "mail.slack.request.closed": "Se cerró la solicitud {name}",
  "mail.slack.api_token.created": "Se creó el token de API {name}",
  "mail.slack.api_token.revoked": "Se revocó el token de API {name}",
  "mail.slack.webhook.test": "Evento de prueba de Oncelink: este punto de conexión funciona",
} satisfies Translation<typeof en>;
