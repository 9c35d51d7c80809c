import type { Member } from "../../../../protocol/api";
import { envelopeUpload, sealSecret } from "../../../../protocol/envelope";
import { MAX_EXPIRES_IN } from "../../../../protocol/limits";
import { ApiError, errorMessage } from "../../lib/api";
import { createSecret, mailInvite } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { rememberLink } from "../../lib/link-keys";

export interface DeliveredInvite {
  email: string;
  /** The one-time secret's link: shown so the admin can send it another way too. */
  link: string;
  /** null: mailed to the invitee; otherwise why not, in words. */
  mailProblem: string | null;
}

/**
 * Wraps the invitee's setup link in a one-time secret made right here, so the invite travels like any
 * other secret: encrypted in this browser, readable once, gone after a week. The server then mails that
 * secret's link to the invitee, where mail is set up.
 */
export async function deliverInvite(member: Member, setupToken: string): Promise<DeliveredInvite> {
  const setupUrl = `${location.origin}/setup#${setupToken}`;
  const sealed = await sealSecret({
    text: t("settings.members.inviteSecretText", { link: setupUrl }),
  });
  const { secret } = await createSecret({
    ...envelopeUpload(sealed),
    name: t("settings.members.inviteSecretName", { email: member.email }),
    expiresIn: MAX_EXPIRES_IN,
    maxViews: 1,
  });
  const link = `${secret.url}#${sealed.linkKey}`;
  rememberLink(secret.id, link, secret.expiresAt);
  let mailProblem: string | null = null;
  try {
    await mailInvite(member.id, link);
  } catch (caught) {
    mailProblem =
      caught instanceof ApiError && caught.code === "mail_unavailable"
        ? t("settings.members.mailUnavailable")
        : t("settings.members.mailFailed", { error: errorMessage(caught) });
  }
  return { email: member.email, link, mailProblem };
}
