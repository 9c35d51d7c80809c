import type en from "../en/settings";
import type { Translation } from "../translation";

export default {
  "settings.remove": "Remover",
  "settings.role.admin": "Administrador",
  "settings.role.member": "Membro",
  "settings.account.emailVerified": "E-mail verificado",
  "settings.account.verified": "Sim",
  "settings.account.notVerified": "Ainda não",
  "settings.account.role": "Função",
  "settings.account.changePassword": "Alterar senha",
  "settings.account.changing": "Alterando…",
  "settings.account.passwordChanged": "Senha alterada. Todas as suas outras sessões foram encerradas.",
  "settings.account.currentPassword": "Senha atual",
  "settings.account.wrongCurrentPassword": "A senha atual está incorreta.",
  "settings.account.delete.title": "Excluir conta",
  "settings.account.delete.explain":
    "Seus segredos ativos são destruídos (os links deixam de funcionar), todas as suas sessões são encerradas, seus tokens de API e chaves de acesso deixam de funcionar e seu endereço é apagado. O log de auditoria mantém seus eventos, chamando você de “conta excluída”, com o id da sua conta. Isso não pode ser desfeito.",
  "settings.account.delete.open": "Excluir conta…",
  "settings.account.delete.confirmTitle": "Excluir sua conta?",
  "settings.account.delete.confirmMessage": "Tudo isso acontece de uma vez e não pode ser desfeito.",
  "settings.account.delete.confirm": "Excluir minha conta",
  "settings.passkeys.title": "Chaves de acesso",
  "settings.passkeys.lead": "Entre só com uma chave de acesso, ou faça com que ela seja pedida depois da sua senha.",
  "settings.passkeys.reauth": "Por segurança, isto exige um login recente: saia, entre de novo e tente outra vez.",
  "settings.passkeys.none": "Nenhuma chave de acesso ainda.",
  "settings.passkeys.used": "adicionada em {added} · último uso em {lastUsed}",
  "settings.passkeys.unused": "adicionada em {added} · nunca usada",
  "settings.passkeys.removeLabel": "Remover {name}",
  "settings.passkeys.nameLabel": "Nome da nova chave de acesso",
  "settings.passkeys.namePlaceholder": "Notebook",
  "settings.passkeys.newRecoveryCodes": "Novos códigos de recuperação",
  "settings.members.adminOnly": "Só um administrador pode ver e convidar membros.",
  "settings.members.everyone": "Todos neste Oncelink",
  "settings.members.loading": "Carregando…",
  "settings.members.removeTitle": "Remover {email}?",
  "settings.members.removeTitleUnnamed": "Remover este membro?",
  "settings.members.removeMessage":
    "A conta, as sessões e os tokens de API dessa pessoa terminam agora. Os segredos que ela já compartilhou continuam abrindo até expirarem.",
  "settings.members.removeConfirm": "Remover membro",
  "settings.members.deleteTitle": "Excluir a conta de {email}?",
  "settings.members.deleteTitleUnnamed": "Excluir a conta deste membro?",
  "settings.members.deleteMessage":
    "Os segredos ativos dessa pessoa são destruídos (os links deixam de funcionar), as sessões, os tokens de API, as chaves de acesso e os convites pendentes dela terminam, e o endereço dela é apagado; o log de auditoria passa a identificá-la só pelo id. Isso não pode ser desfeito.",
  "settings.members.deleteAccount": "Excluir conta",
  "settings.members.invite": "Convidar membro",
  "settings.members.inviting": "Convidando…",
  "settings.members.inviteHint":
    "A pessoa recebe uma conta agora e um e-mail com um link de uso único para escolher a senha. Ele funciona uma vez e expira em {days, plural, one {# dia} other {# dias}}.",
  "settings.members.inviteLinkFailed":
    "{email} tem uma conta, mas não foi possível criar o link de convite: {error}. Use “Reenviar convite” abaixo.",
  "settings.members.invited": "<strong>Convite criado para {email}.</strong> {problem}",
  "settings.members.mailed":
    "<strong>Convite enviado para {email}.</strong> O link nele abre uma vez e mostra o link de configuração.",
  "settings.members.inviteLink": "Link de convite",
  "settings.members.copyLink": "Copiar link",
  "settings.members.mailUnavailable":
    "O e-mail não está configurado neste Oncelink, então envie este link por conta própria.",
  "settings.members.mailFailed":
    "Não foi possível enviar o convite por e-mail ({error}), então envie este link por conta própria.",
  "settings.members.inviteSecretText":
    "Você recebeu um convite para o Oncelink. Abra este link para definir sua senha: {link}",
  "settings.members.inviteSecretName": "Convite para {email}",
  "settings.members.you": "(você)",
  "settings.members.pending": "Convite enviado, ainda sem senha",
  "settings.members.joined": "Entrou em {date}",
  "settings.members.emailUnverified": "E-mail não verificado",
  "settings.members.usage":
    "{used} de {quota, plural, one {# segredo ativo} other {# segredos ativos}} · {bytes} de {quotaBytes}",
  "settings.members.resendInvite": "Reenviar convite",
  "settings.members.makeAdmin": "Tornar administrador",
  "settings.members.makeMember": "Tornar membro",
} satisfies Translation<typeof en>;
