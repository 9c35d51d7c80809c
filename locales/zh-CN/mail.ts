import type en from "../en/mail";
import type { Translation } from "../translation";

export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "一位 Oncelink 用户（地址未验证）",
  "mail.quoted": "「{name}」",
  "mail.unnamed": "（未命名）",
  "mail.unknownViewer": "未知（未登录）",
  "mail.unverifiedViewer": "{email}（地址未验证）",
  "mail.unknownLocation": "未知",
  "mail.unknownDevice": "未知",
  "mail.placeWithIp": "{place}（{ip}）",
  "mail.when": "时间：{at}",
  "mail.by": "操作者：{who}",
  "mail.from": "地点：{place}",
  "mail.device": "设备：{device}",

  "mail.link.subject": "{sender} 与你分享了一条秘密信息",
  "mail.link.intro": "{sender} 通过 Oncelink 与你分享了一条秘密信息。",
  "mail.link.openText": "在这里打开（只能查看一次，之后会被删除）：{link}",
  "mail.link.openHtml": "{open}。它只能查看一次，之后会被删除。",
  "mail.link.openLink": "打开这条秘密信息",
  "mail.link.expires": "此链接将于 {at} 过期。如果你没想到会收到这封邮件，忽略它就好。",

  "mail.invite.subject": "{sender} 邀请你加入 Oncelink",
  "mail.invite.intro": "{sender} 邀请你加入 Oncelink，你的团队在这里分享密码和其他秘密信息。",
  "mail.invite.openText": "打开此链接设置你的密码（链接只能打开一次，之后会被删除）：{link}",
  "mail.invite.openHtml": "{open}，设置你的密码。它只能打开一次，之后会被删除。",
  "mail.invite.openLink": "打开你的邀请",
  "mail.invite.expires": "此邀请将于 {at} 过期。如果你没想到会收到这封邮件，忽略它就好。",

  "mail.viewed.subject": "你的秘密信息{label}已被查看",
  "mail.viewed.intro": "你的秘密信息{label}已被查看。",
  "mail.viewed.remaining": "{count, plural, other {还可查看 # 次。}}",
  "mail.viewed.deleted": "它现在已被删除。",

  "mail.expired.subject": "你的秘密信息{label}没人查看就过期了",
  "mail.expired.body": "你的秘密信息{label}没人查看，已于 {at} 过期并被删除。",

  "mail.verify.subject": "确认你的 Oncelink 邮箱地址",
  "mail.verify.intro": "有人（希望是你）用此邮箱地址创建了 Oncelink 账户。",
  "mail.verify.confirmText": "请确认这个地址是你的（链接只能使用一次，24 小时内有效）：{link}",
  "mail.verify.confirmHtml": "{confirm}。链接只能使用一次，24 小时内有效。",
  "mail.verify.confirmLink": "确认这个地址是你的",
  "mail.verify.until": "在此之前，该账户无法打开分享给此地址的秘密信息。如果不是你，请忽略这封邮件。",

  "mail.responded.subject": "你的请求{label}收到了回复",
  "mail.responded.intro": "有人回复了你的请求{label}。",
  "mail.responded.openText": "在浏览器中或用保存了该请求密钥的 CLI 打开回复（只能打开一次）：{link}",
  "mail.responded.openHtml": "在浏览器中或用保存了该请求密钥的 CLI {open}，它只能打开一次。",
  "mail.responded.openLink": "打开回复",

  "mail.webhook.subject": "Webhook 端点 {host} 已停用",
  "mail.webhook.intro": "Oncelink 已停止向你位于 {host} 的 Webhook 端点发送事件。",
  "mail.webhook.failed": "它最近的 {count} 次投递在一天内每次尝试都失败了。现在不会再为它排队事件。",
  "mail.webhook.fixText": "请修复接收端，然后在这里重新开启该端点（并发送测试事件）：{link}",
  "mail.webhook.fixHtml": "请修复接收端，然后{enable}并发送测试事件。",
  "mail.webhook.enableLink": "重新开启该端点",
} satisfies Translation<typeof en>;
