import type en from "../en/mail";
import type { Translation } from "../translation";

export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "Oncelink 사용자(인증되지 않은 주소)",
  "mail.quoted": "‘{name}’",
  "mail.unnamed": "이름 없는",
  "mail.unknownViewer": "알 수 없음(로그인하지 않음)",
  "mail.unverifiedViewer": "{email}(인증되지 않은 주소)",
  "mail.unknownLocation": "알 수 없음",
  "mail.unknownDevice": "알 수 없음",
  "mail.placeWithIp": "{place}({ip})",
  "mail.when": "일시: {at}",
  "mail.by": "사용자: {who}",
  "mail.from": "위치: {place}",
  "mail.device": "기기: {device}",

  "mail.link.subject": "{sender} 님이 시크릿을 공유했어요",
  "mail.link.intro": "{sender} 님이 Oncelink로 시크릿을 공유했어요.",
  "mail.link.openText": "여기에서 열어 주세요(한 번만 볼 수 있고, 그 후에는 삭제돼요): {link}",
  "mail.link.openHtml": "{open}. 한 번만 볼 수 있고, 그 후에는 삭제돼요.",
  "mail.link.openLink": "시크릿을 열어 주세요",
  "mail.link.expires": "이 링크는 {at}에 만료돼요. 예상하지 못한 메일이라면 무시해도 돼요.",

  "mail.invite.subject": "{sender} 님이 Oncelink에 초대했어요",
  "mail.invite.intro": "{sender} 님이 팀에서 비밀번호와 기타 시크릿을 공유하는 Oncelink에 초대했어요.",
  "mail.invite.openText": "이 링크를 열어 비밀번호를 설정해 주세요(한 번만 열리고, 그 후에는 삭제돼요): {link}",
  "mail.invite.openHtml": "{open} 비밀번호를 설정해 주세요. 한 번만 열리고, 그 후에는 삭제돼요.",
  "mail.invite.openLink": "초대를 열어",
  "mail.invite.expires": "이 초대는 {at}에 만료돼요. 예상하지 못한 메일이라면 무시해도 돼요.",

  "mail.viewed.subject": "누군가 {label} 시크릿을 봤어요",
  "mail.viewed.intro": "누군가 {label} 시크릿을 봤어요.",
  "mail.viewed.remaining": "{count, plural, other {앞으로 #번 더 볼 수 있어요.}}",
  "mail.viewed.deleted": "이제 시크릿은 삭제됐어요.",

  "mail.expired.subject": "{label} 시크릿이 아무도 보지 않은 채 만료됐어요",
  "mail.expired.body": "{label} 시크릿이 아무도 보지 않은 채 {at}에 만료되어 삭제됐어요.",

  "mail.verify.subject": "Oncelink 이메일 주소를 인증해 주세요",
  "mail.verify.intro": "누군가(본인이길 바라요) 이 이메일 주소로 Oncelink 계정을 만들었어요.",
  "mail.verify.confirmText": "이 주소가 본인 주소인지 확인해 주세요(링크는 24시간 동안 한 번만 쓸 수 있어요): {link}",
  "mail.verify.confirmHtml": "{confirm}. 링크는 24시간 동안 한 번만 쓸 수 있어요.",
  "mail.verify.confirmLink": "이 주소가 본인 주소인지 확인해 주세요",
  "mail.verify.until":
    "인증 전에는 이 계정으로 이 주소에 공유된 시크릿을 열 수 없어요. 본인이 아니라면 이 메일은 무시해 주세요.",

  "mail.responded.subject": "{label} 요청에 답변이 왔어요",
  "mail.responded.intro": "누군가 {label} 요청에 답변했어요.",
  "mail.responded.openText": "답변은 한 번만 열 수 있어요. 브라우저나 요청의 키를 보관한 CLI에서 열어 주세요: {link}",
  "mail.responded.openHtml": "브라우저나 요청의 키를 보관한 CLI에서 {open}. 한 번만 열 수 있어요.",
  "mail.responded.openLink": "답변을 열어 주세요",

  "mail.webhook.subject": "{host} 웹훅 엔드포인트가 꺼졌어요",
  "mail.webhook.intro": "Oncelink가 {host}의 웹훅 엔드포인트로 더 이상 이벤트를 보내지 않아요.",
  "mail.webhook.failed":
    "최근 전송 {count}건이 하루 동안 모든 시도에서 실패했어요. 이제 이 엔드포인트로 보낼 이벤트는 대기열에 들어가지 않아요.",
  "mail.webhook.fixText":
    "수신 측을 고친 뒤 다음 페이지에서 엔드포인트를 다시 켜고 테스트 이벤트를 보내 주세요: {link}",
  "mail.webhook.fixHtml": "수신 측을 고친 뒤 {enable} 테스트 이벤트를 보내 주세요.",
  "mail.webhook.enableLink": "엔드포인트를 다시 켜고",
  "mail.slack.named": "“{name}”",
  "mail.slack.unnamed": "(이름 없음)",
  "mail.slack.secret.created": "{name} 시크릿이 만들어졌어요",
  "mail.slack.secret.viewed": "{name} 시크릿이 열렸어요",
  "mail.slack.secret.expired": "{name} 시크릿이 만료됐어요",
  "mail.slack.secret.burned": "{name} 시크릿이 파기됐어요",
  "mail.slack.secret.reveal_failed": "{name} 시크릿을 열려는 시도가 실패했어요",
  "mail.slack.request.created": "{name} 요청이 만들어졌어요",
  "mail.slack.request.responded": "{name} 요청에 응답이 왔어요",
  "mail.slack.request.closed": "{name} 요청이 닫혔어요",
  "mail.slack.api_token.created": "{name} API 토큰이 만들어졌어요",
  "mail.slack.api_token.revoked": "{name} API 토큰이 폐기됐어요",
  "mail.slack.webhook.test": "Oncelink 테스트 이벤트: 이 엔드포인트는 잘 작동해요",
} satisfies Translation<typeof en>;
