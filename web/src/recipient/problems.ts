import { MESSAGES } from "../../../protocol/api";
import { ApiError, errorMessage, OFFLINE_STATUS } from "../lib/api";

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

export const TOO_MANY_ATTEMPTS = "Too many attempts, try again later";
const ASK_SENDER = "Ask the sender for a new link.";

/**
 * A key missing, cut short or mistyped. The server refuses a wrong key before anything is counted
 * (PROTOCOL 2.1), so whether found at load or at "View Secret", nothing was opened or used up.
 */
export const MISTYPED_LINK: Problem = {
  message: "This link is mistyped or cut off",
  advice:
    "Nothing was opened: the secret is still there. Copy the whole link, including everything after the #, and open it again. If it still fails, ask the sender to send the link again.",
};

/** The dead ends of a share link, worded the same whether the peek or the reveal found them. */
export function problemFrom(error: unknown): Problem {
  if (!(error instanceof ApiError)) return { message: errorMessage(error) };
  if (error.status === 404) {
    return {
      message: MESSAGES.notFound,
      advice: `Someone may have opened it already, or the sender deleted it. ${ASK_SENDER}`,
    };
  }
  if (error.status === 410) return { message: MESSAGES.expired, advice: `It can't be opened any more. ${ASK_SENDER}` };
  if (error.status === 429) return { message: TOO_MANY_ATTEMPTS, later: true };
  if (error.code === "login_required") return { message: "Sign in to view this secret", signIn: true };
  // Nothing was used up: the secret opens once the address is verified.
  if (error.code === "email_unverified") return { message: error.message, verifyEmail: true };
  if (error.code === "invalid_link") return MISTYPED_LINK;
  // Reached only when no attempts remain: the last wrong passphrase burned the secret.
  if (error.code === "incorrect_passphrase") {
    return {
      message: `${MESSAGES.incorrectPassphrase}. No attempts are left, so the secret has been deleted.`,
      advice: ASK_SENDER,
    };
  }
  if (error.code === "not_recipient")
    return {
      message: error.message,
      advice: "Sign in with the account it was meant for, or ask the sender for a new link.",
    };
  if (error.status === OFFLINE_STATUS || error.status >= 500) return { message: error.message, retry: true };
  return { message: error.message };
}
