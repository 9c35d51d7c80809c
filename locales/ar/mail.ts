import type en from "../en/mail";
import type { Translation } from "../translation";

export default {
  "mail.footer": "Oncelink · {origin}",
  "mail.unverifiedSender": "أحد مستخدمي Oncelink (عنوان غير مؤكَّد)",
  "mail.quoted": "«{name}»",
  "mail.unnamed": "غير المسمّى",
  "mail.unknownViewer": "غير معروف (لم يسجّل الدخول)",
  "mail.unverifiedViewer": "{email} (العنوان غير مؤكَّد)",
  "mail.unknownLocation": "موقع غير معروف",
  "mail.unknownDevice": "غير معروف",
  "mail.placeWithIp": "{place} ({ip})",
  "mail.when": "الوقت: {at}",
  "mail.by": "بواسطة: {who}",
  "mail.from": "الموقع: {place}",
  "mail.device": "الجهاز: {device}",

  "mail.link.subject": "شارك {sender} سرًّا معك",
  "mail.link.intro": "شارك {sender} سرًّا معك عبر Oncelink.",
  "mail.link.openText": "افتحه من هنا (يمكن عرضه مرة واحدة، ثم يُحذف): {link}",
  "mail.link.openHtml": "{open}. يمكن عرضه مرة واحدة، ثم يُحذف.",
  "mail.link.openLink": "افتح السرّ",
  "mail.link.expires": "تنتهي صلاحية الرابط يوم {at}. إن لم تكن تتوقع هذه الرسالة، فتجاهلها.",

  "mail.invite.subject": "دعاك {sender} إلى Oncelink",
  "mail.invite.intro": "دعاك {sender} إلى Oncelink، حيث يتشارك فريقك كلمات المرور والأسرار الأخرى.",
  "mail.invite.openText": "افتح هذا الرابط لتعيين كلمة المرور الخاصة بك (يُفتح مرة واحدة، ثم يُحذف): {link}",
  "mail.invite.openHtml": "{open} لتعيين كلمة المرور الخاصة بك. تُفتح الدعوة مرة واحدة، ثم تُحذف.",
  "mail.invite.openLink": "افتح دعوتك",
  "mail.invite.expires": "تنتهي صلاحية الدعوة يوم {at}. إن لم تكن تتوقع هذه الرسالة، فتجاهلها.",

  "mail.viewed.subject": "عُرض سرّك {label}",
  "mail.viewed.intro": "عُرض سرّك {label}.",
  "mail.viewed.remaining":
    "{count, plural, zero {لم تتبقَّ أي مرة عرض.} one {تتبقّى مرة عرض واحدة.} two {تتبقّى مرتا عرض.} few {تتبقّى # مرات عرض.} many {تتبقّى # مرة عرض.} other {تتبقّى # مرة عرض.}}",
  "mail.viewed.deleted": "وقد حُذف الآن.",

  "mail.expired.subject": "انتهت صلاحية سرّك {label} دون أن يُعرض",
  "mail.expired.body": "انتهت صلاحية سرّك {label} يوم {at} دون أن يُعرض، وقد حُذف.",

  "mail.verify.subject": "أكّد عنوان بريدك الإلكتروني لـ Oncelink",
  "mail.verify.intro": "أنشأ شخص ما، نأمل أن تكون أنت، حسابًا على Oncelink بعنوان البريد الإلكتروني هذا.",
  "mail.verify.confirmText": "أكّد أن هذا العنوان لك (يعمل الرابط مرة واحدة، لمدة 24 ساعة): {link}",
  "mail.verify.confirmHtml": "{confirm}. يعمل الرابط مرة واحدة، لمدة 24 ساعة.",
  "mail.verify.confirmLink": "أكّد أن هذا العنوان لك",
  "mail.verify.until":
    "حتى ذلك الحين، لا يمكن للحساب فتح الأسرار المشاركة مع هذا العنوان. إن لم تكن أنت، فتجاهل هذه الرسالة.",

  "mail.responded.subject": "تمّ الرد على طلبك {label}",
  "mail.responded.intro": "ردّ شخص ما على طلبك {label}.",
  "mail.responded.openText": "افتح الرد مرة واحدة، في المتصفح أو باستخدام CLI الذي يحمل مفتاح الطلب: {link}",
  "mail.responded.openHtml": "{open}، في المتصفح أو باستخدام CLI الذي يحمل مفتاح الطلب.",
  "mail.responded.openLink": "افتح الرد مرة واحدة",

  "mail.webhook.subject": "عُطّلت نقطة نهاية Webhook {host}",
  "mail.webhook.intro": "توقف Oncelink عن إرسال الأحداث إلى نقطة نهاية Webhook الخاصة بك على {host}.",
  "mail.webhook.failed":
    "{count, plural, zero {فشلت آخر # عملية تسليم، كلٌّ منها في كل محاولة طوال يوم.} one {فشلت آخر عملية تسليم في كل محاولة طوال يوم.} two {فشلت آخر عمليتي تسليم، كلٌّ منهما في كل محاولة طوال يوم.} few {فشلت آخر # عمليات تسليم، كلٌّ منها في كل محاولة طوال يوم.} many {فشلت آخر # عملية تسليم، كلٌّ منها في كل محاولة طوال يوم.} other {فشلت آخر # عملية تسليم، كلٌّ منها في كل محاولة طوال يوم.}} لم تعد الأحداث تُوضع في قائمة الانتظار لها.",
  "mail.webhook.fixText": "أصلح جهة الاستقبال، ثم فعّل نقطة النهاية من جديد (وأرسل حدثًا تجريبيًا) على {link}",
  "mail.webhook.fixHtml": "أصلح جهة الاستقبال، ثم {enable} وأرسل حدثًا تجريبيًا.",
  "mail.webhook.enableLink": "فعّل نقطة النهاية من جديد",
  "mail.slack.named": "«{name}»",
  "mail.slack.unnamed": "(بلا اسم)",
  "mail.slack.secret.created": "أُنشئ السرّ {name}",
  "mail.slack.secret.viewed": "فُتح السرّ {name}",
  "mail.slack.secret.expired": "انتهت صلاحية السرّ {name}",
  "mail.slack.secret.burned": "أُتلف السرّ {name}",
  "mail.slack.secret.reveal_failed": "فشلت محاولة لفتح السرّ {name}",
  "mail.slack.request.created": "أُنشئ الطلب {name}",
  "mail.slack.request.responded": "وصل ردّ على الطلب {name}",
  "mail.slack.request.closed": "أُغلق الطلب {name}",
  "mail.slack.api_token.created": "أُنشئ رمز API {name}",
  "mail.slack.api_token.revoked": "أُبطل رمز API {name}",
  "mail.slack.webhook.test": "حدث تجريبي من Oncelink: نقطة النهاية هذه تعمل",
} satisfies Translation<typeof en>;
