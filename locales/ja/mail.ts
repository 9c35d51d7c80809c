import type en from "../en/mail";
import type { Translation } from "../translation";

export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "Oncelink のユーザー（未確認のアドレス）",
  "mail.quoted": "「{name}」",
  "mail.unnamed": "（名前なし）",
  "mail.unknownViewer": "不明（サインインしていません）",
  "mail.unverifiedViewer": "{email}（未確認のアドレス）",
  "mail.unknownLocation": "不明",
  "mail.unknownDevice": "不明",
  "mail.placeWithIp": "{place}（{ip}）",
  "mail.when": "日時：{at}",
  "mail.by": "ユーザー：{who}",
  "mail.from": "場所：{place}",
  "mail.device": "デバイス：{device}",

  "mail.link.subject": "{sender} からシークレットが共有されました",
  "mail.link.intro": "{sender} から Oncelink でシークレットが共有されました。",
  "mail.link.openText": "こちらから開いてください（表示できるのは一度だけで、その後は削除されます）：{link}",
  "mail.link.openHtml": "{open}。表示できるのは一度だけで、その後は削除されます。",
  "mail.link.openLink": "シークレットを開いてください",
  "mail.link.expires": "このリンクの有効期限は {at} です。心当たりがない場合は、このメールを無視してください。",

  "mail.invite.subject": "{sender} から Oncelink への招待が届きました",
  "mail.invite.intro": "{sender} から、チームでパスワードなどのシークレットを共有する Oncelink に招待されました。",
  "mail.invite.openText":
    "このリンクを開いて、パスワードを設定してください（開けるのは一度だけで、その後は削除されます）：{link}",
  "mail.invite.openHtml": "{open}、パスワードを設定してください。開けるのは一度だけで、その後は削除されます。",
  "mail.invite.openLink": "招待を開き",
  "mail.invite.expires": "この招待の有効期限は {at} です。心当たりがない場合は、このメールを無視してください。",

  "mail.viewed.subject": "シークレット{label}が表示されました",
  "mail.viewed.intro": "シークレット{label}が表示されました。",
  "mail.viewed.remaining": "{count, plural, other {あと # 回表示できます。}}",
  "mail.viewed.deleted": "このシークレットは削除されました。",

  "mail.expired.subject": "シークレット{label}は表示されないまま期限切れになりました",
  "mail.expired.body": "シークレット{label}は表示されないまま {at} に有効期限が切れ、削除されました。",

  "mail.verify.subject": "Oncelink のメールアドレスを確認してください",
  "mail.verify.intro": "どなたか（おそらくご本人）が、このメールアドレスで Oncelink アカウントを作成しました。",
  "mail.verify.confirmText":
    "このアドレスがご自身のものであることを確認してください（リンクは 24 時間以内に一度だけ使用できます）：{link}",
  "mail.verify.confirmHtml": "{confirm}。リンクは 24 時間以内に一度だけ使用できます。",
  "mail.verify.confirmLink": "このアドレスがご自身のものであることを確認してください",
  "mail.verify.until":
    "確認が完了するまで、このアカウントではこのアドレス宛てに共有されたシークレットを開けません。心当たりがない場合は、このメールを無視してください。",

  "mail.responded.subject": "リクエスト{label}に回答がありました",
  "mail.responded.intro": "どなたかがリクエスト{label}に回答しました。",
  "mail.responded.openText":
    "回答は一度だけ開けます。ブラウザー、またはリクエストの鍵を保持している CLI で開いてください：{link}",
  "mail.responded.openHtml": "ブラウザー、またはリクエストの鍵を保持している CLI で{open}。開けるのは一度だけです。",
  "mail.responded.openLink": "回答を開いてください",

  "mail.webhook.subject": "Webhook エンドポイント {host} が無効になりました",
  "mail.webhook.intro": "Oncelink は、{host} の Webhook エンドポイントへのイベント送信を停止しました。",
  "mail.webhook.failed":
    "直近 {count} 件の配信が、1 日にわたってすべての試行で失敗しました。このエンドポイント宛てのイベントは、今後キューに登録されません。",
  "mail.webhook.fixText":
    "受信側を修正してから、次のページでエンドポイントをオンに戻し、テストイベントを送信してください：{link}",
  "mail.webhook.fixHtml": "受信側を修正してから、{enable}、テストイベントを送信してください。",
  "mail.webhook.enableLink": "エンドポイントをオンに戻し",
  "mail.slack.named": "「{name}」",
  "mail.slack.unnamed": "（名前なし）",
  "mail.slack.secret.created": "シークレット{name}が作成されました",
  "mail.slack.secret.viewed": "シークレット{name}が開かれました",
  "mail.slack.secret.expired": "シークレット{name}の期限が切れました",
  "mail.slack.secret.burned": "シークレット{name}が破棄されました",
  "mail.slack.secret.reveal_failed": "シークレット{name}を開く試みが失敗しました",
  "mail.slack.request.created": "リクエスト{name}が作成されました",
  "mail.slack.request.responded": "リクエスト{name}に回答が届きました",
  "mail.slack.request.closed": "リクエスト{name}が閉じられました",
  "mail.slack.api_token.created": "API トークン{name}が作成されました",
  "mail.slack.api_token.revoked": "API トークン{name}が取り消されました",
  "mail.slack.webhook.test": "Oncelink からのテストイベント：このエンドポイントは動作しています",
} satisfies Translation<typeof en>;
