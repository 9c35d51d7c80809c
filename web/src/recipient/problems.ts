import { ApiError, errorMessage, OFFLINE_STATUS } from "../lib/api";
import { t } from "./i18n";

export interface Problem {
  message: string;
  /** What the recipient can do about it, shown under the message. */
  advice?: string;
  /** The secret is for signed-in viewers: offer the way to sign in and come back. */
  signIn?: boolean;
  /** The network or the server failed, not the link: asking again may work. */
  retry?: boolean;
  /** Refused for now (too many attempts): the same link may work in a minute. */
  later?: boolean;
  /** The signed-in account has not proved its address yet: offer a new verification link. */
  verifyEmail?: boolean;
}

/** Whether the link's key can still open anything: if not, it leaves the address bar and history. */
export function keyStillUseful(problem: Problem): boolean {
  return Boolean(problem.signIn || problem.retry || problem.later || problem.verifyEmail);
}

/**
 * A key missing, cut short or mistyped. The server refuses a wrong key before anything is counted
 * (PROTOCOL 2.1), so whether found at load or at "View Secret", nothing was opened or used up.
 */
export function mistypedLink(): Problem {
  return { message: t("recipient.end.mistyped"), advice: t("recipient.end.mistypedAdvice") };
}

/** The dead ends of a share link, worded the same whether the peek or the reveal found them. */
export function problemFrom(error: unknown): Problem {
  if (!(error instanceof ApiError)) return { message: errorMessage(error) };
  if (error.status === 404) return { message: t("recipient.end.notFound"), advice: t("recipient.end.notFoundAdvice") };
  if (error.status === 410) return { message: t("recipient.end.expired"), advice: t("recipient.end.expiredAdvice") };
  if (error.status === 429) return { message: t("recipient.end.tooMany"), later: true };
  if (error.code === "login_required") return { message: t("recipient.signIn.heading"), signIn: true };
  // Nothing was used up: the secret opens once the address is verified.
  if (error.code === "email_unverified") return { message: error.message, verifyEmail: true };
  if (error.code === "invalid_link") return mistypedLink();
  // Reached only when no attempts remain: the last wrong passphrase burned the secret.
  if (error.code === "incorrect_passphrase")
    return { message: t("recipient.end.burned"), advice: t("recipient.end.askSender") };
  if (error.code === "not_recipient") return { message: error.message, advice: t("recipient.end.notRecipient") };
  if (error.status === OFFLINE_STATUS || error.status >= 500) return { message: error.message, retry: true };
  return { message: error.message };
}
