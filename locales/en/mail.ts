// English: every mail the Worker sends (worker/mail), and the Slack message of a slack-format webhook endpoint
// (mail.slack.*, worker/webhooks/slack-message.ts). Every other language has the same keys (locales/*/mail.ts).
// A "…Html" message names its link's place with an argument ({open}, {confirm}, {enable}): the mail puts the
// link there, its text the "…Link" message. {at} is a date and time the mail formats for the language (UTC).
export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "An Oncelink user (unverified address)",
  "mail.quoted": '"{name}"',
  "mail.unnamed": "without a name",
  "mail.unknownViewer": "Unknown (not signed in)",
  "mail.unverifiedViewer": "{email} (address not verified)",
  "mail.unknownLocation": "unknown location",
  "mail.unknownDevice": "unknown",
  "mail.placeWithIp": "{place} ({ip})",
  "mail.when": "When: {at}",
  "mail.by": "By: {who}",
  "mail.from": "From: {place}",
  "mail.device": "Device: {device}",

  "mail.link.subject": "{sender} shared a secret with you",
  "mail.link.intro": "{sender} shared a secret with you through Oncelink.",
  "mail.link.openText": "Open it here (it can be viewed once, then it is deleted): {link}",
  "mail.link.openHtml": "{open}. It can be viewed once, then it is deleted.",
  "mail.link.openLink": "Open the secret",
  "mail.link.expires": "The link expires {at}. If you did not expect this, ignore it.",

  "mail.invite.subject": "{sender} invited you to Oncelink",
  "mail.invite.intro": "{sender} invited you to Oncelink, where your team shares passwords and other secrets.",
  "mail.invite.openText": "Open this link to set your password (it opens once, then it is deleted): {link}",
  "mail.invite.openHtml": "{open} to set your password. It opens once, then it is deleted.",
  "mail.invite.openLink": "Open your invite",
  "mail.invite.expires": "The invite expires {at}. If you did not expect this, ignore it.",

  "mail.viewed.subject": "Your secret {label} was viewed",
  "mail.viewed.intro": "Your secret {label} was viewed.",
  "mail.viewed.remaining": "{count, plural, one {# view remains.} other {# views remain.}}",
  "mail.viewed.deleted": "It is now deleted.",

  "mail.expired.subject": "Your secret {label} expired unviewed",
  "mail.expired.body": "Your secret {label} expired unviewed at {at} and was deleted.",

  "mail.verify.subject": "Confirm your email address for Oncelink",
  "mail.verify.intro": "Someone, hopefully you, made an Oncelink account with this email address.",
  "mail.verify.confirmText": "Confirm that the address is yours (the link works once, for 24 hours): {link}",
  "mail.verify.confirmHtml": "{confirm}. The link works once, for 24 hours.",
  "mail.verify.confirmLink": "Confirm that the address is yours",
  "mail.verify.until":
    "Until then the account cannot open secrets shared with this address. If it was not you, ignore this mail.",

  "mail.responded.subject": "Your request {label} was answered",
  "mail.responded.intro": "Someone answered your request {label}.",
  "mail.responded.openText": "Open it once, in the browser or with the CLI that holds the request's key: {link}",
  "mail.responded.openHtml": "{open}, in the browser or with the CLI that holds the request's key.",
  "mail.responded.openLink": "Open it once",

  "mail.webhook.subject": "Webhook endpoint {host} was disabled",
  "mail.webhook.intro": "Oncelink stopped sending events to your webhook endpoint at {host}.",
  "mail.webhook.failed":
    "Its last {count} deliveries each failed every attempt for a day. Events are no longer queued for it.",
  "mail.webhook.fixText": "Fix the receiver, then turn the endpoint on again (and send a test event) at {link}",
  "mail.webhook.fixHtml": "Fix the receiver, then {enable} and send a test event.",
  "mail.webhook.enableLink": "turn the endpoint on again",
  "mail.slack.named": '"{name}"',
  "mail.slack.unnamed": "(untitled)",
  "mail.slack.secret.created": "Secret {name} was created",
  "mail.slack.secret.viewed": "Secret {name} was viewed",
  "mail.slack.secret.expired": "Secret {name} expired",
  "mail.slack.secret.burned": "Secret {name} was burned",
  "mail.slack.secret.reveal_failed": "Someone failed to open secret {name}",
  "mail.slack.request.created": "Request {name} was created",
  "mail.slack.request.responded": "Request {name} got a response",
  "mail.slack.request.closed": "Request {name} was closed",
  "mail.slack.api_token.created": "API token {name} was created",
  "mail.slack.api_token.revoked": "API token {name} was revoked",
  "mail.slack.webhook.test": "Test event from Oncelink: this endpoint works",
} as const;
