import type en from "../en/mail";
import type { Translation } from "../translation";

export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "Um usuário do Oncelink (endereço não verificado)",
  "mail.quoted": "“{name}”",
  "mail.unnamed": "sem nome",
  "mail.unknownViewer": "Desconhecido (sem login)",
  "mail.unverifiedViewer": "{email} (endereço não verificado)",
  "mail.unknownLocation": "local desconhecido",
  "mail.unknownDevice": "desconhecido",
  "mail.placeWithIp": "{place} ({ip})",
  "mail.when": "Quando: {at}",
  "mail.by": "Quem: {who}",
  "mail.from": "Onde: {place}",
  "mail.device": "Dispositivo: {device}",

  "mail.link.subject": "{sender} compartilhou um segredo com você",
  "mail.link.intro": "{sender} compartilhou um segredo com você pelo Oncelink.",
  "mail.link.openText": "Abra-o aqui (ele pode ser visto uma única vez e depois é excluído): {link}",
  "mail.link.openHtml": "{open}. Ele pode ser visto uma única vez e depois é excluído.",
  "mail.link.openLink": "Abra o segredo",
  "mail.link.expires": "O link expira em {at}. Se você não esperava esta mensagem, ignore-a.",

  "mail.invite.subject": "{sender} convidou você para o Oncelink",
  "mail.invite.intro": "{sender} convidou você para o Oncelink, onde sua equipe compartilha senhas e outros segredos.",
  "mail.invite.openText": "Abra este link para definir sua senha (ele abre uma única vez e depois é excluído): {link}",
  "mail.invite.openHtml": "{open} para definir sua senha. Ele abre uma única vez e depois é excluído.",
  "mail.invite.openLink": "Abra seu convite",
  "mail.invite.expires": "O convite expira em {at}. Se você não esperava esta mensagem, ignore-a.",

  "mail.viewed.subject": "Seu segredo {label} foi visto",
  "mail.viewed.intro": "Seu segredo {label} foi visto.",
  "mail.viewed.remaining":
    "{count, plural, one {Resta # visualização.} many {Restam # de visualizações.} other {Restam # visualizações.}}",
  "mail.viewed.deleted": "Agora ele foi excluído.",

  "mail.expired.subject": "Seu segredo {label} expirou sem ser visto",
  "mail.expired.body": "Seu segredo {label} expirou sem ser visto em {at} e foi excluído.",

  "mail.verify.subject": "Confirme seu endereço de e-mail no Oncelink",
  "mail.verify.intro": "Alguém, esperamos que você, criou uma conta no Oncelink com este endereço de e-mail.",
  "mail.verify.confirmText": "Confirme que o endereço é seu (o link funciona uma única vez, por 24 horas): {link}",
  "mail.verify.confirmHtml": "{confirm}. O link funciona uma única vez, por 24 horas.",
  "mail.verify.confirmLink": "Confirme que o endereço é seu",
  "mail.verify.until":
    "Até lá, a conta não pode abrir segredos compartilhados com este endereço. Se não foi você, ignore esta mensagem.",

  "mail.responded.subject": "Seu pedido {label} foi respondido",
  "mail.responded.intro": "Alguém respondeu ao seu pedido {label}.",
  "mail.responded.openText":
    "Abra a resposta uma única vez, no navegador ou com a CLI que guarda a chave do pedido: {link}",
  "mail.responded.openHtml": "{open} uma única vez, no navegador ou com a CLI que guarda a chave do pedido.",
  "mail.responded.openLink": "Abra a resposta",

  "mail.webhook.subject": "O endpoint de webhook {host} foi desativado",
  "mail.webhook.intro": "O Oncelink parou de enviar eventos para o seu endpoint de webhook em {host}.",
  "mail.webhook.failed":
    "Cada uma das últimas {count} entregas falhou em todas as tentativas durante um dia. Os eventos não são mais colocados na fila para ele.",
  "mail.webhook.fixText": "Corrija o receptor, depois ative o endpoint de novo (e envie um evento de teste) em {link}",
  "mail.webhook.fixHtml": "Corrija o receptor, depois {enable} e envie um evento de teste.",
  "mail.webhook.enableLink": "ative o endpoint de novo",
  "mail.slack.named": "“{name}”",
  "mail.slack.unnamed": "(sem nome)",
  "mail.slack.secret.created": "O segredo {name} foi criado",
  "mail.slack.secret.viewed": "O segredo {name} foi aberto",
  "mail.slack.secret.expired": "O segredo {name} expirou",
  "mail.slack.secret.burned": "O segredo {name} foi destruído",
  "mail.slack.secret.reveal_failed": "Uma tentativa de abrir o segredo {name} falhou",
  "mail.slack.request.created": "O pedido {name} foi criado",
  "mail.slack.request.responded": "O pedido {name} recebeu uma resposta",
  "mail.slack.request.closed": "O pedido {name} foi fechado",
  "mail.slack.api_token.created": "O token de API {name} foi criado",
  "mail.slack.api_token.revoked": "O token de API {name} foi revogado",
  "mail.slack.webhook.test": "Evento de teste do Oncelink: este endpoint funciona",
} satisfies Translation<typeof en>;
