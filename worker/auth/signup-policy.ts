import type { Config } from "../config";
import { ApiError } from "../http/errors";

/**
 * SIGNUP_POLICY: "open" (anyone), "closed" (only the first account; admins invite the rest) or
 * "domains" (emails under SIGNUP_DOMAINS, comma-separated). The first account is always allowed, or a
 * closed deployment could never get its admin.
 */
export function assertSignupAllowed(config: Config, email: string, isFirstAccount: boolean): void {
  if (isFirstAccount || config.SIGNUP_POLICY === "open") return;
  if (config.SIGNUP_POLICY === "domains") {
    const domain = email.split("@")[1] ?? "";
    if (config.SIGNUP_DOMAINS.includes(domain)) return;
    throw new ApiError(403, "signup_closed", "Sign-up is limited to this organisation's email domains.");
  }
  throw new ApiError(403, "signup_closed", "Sign-up is closed on this deployment. Ask an administrator for an invite.");
}

/** PASSWORD_LOGIN=off: an SSO-only deployment, where no password signs anyone in or up. */
export function assertPasswordLoginOn(config: Config): void {
  if (config.PASSWORD_LOGIN === "off") {
    throw new ApiError(
      403,
      "password_login_off",
      "Password sign-in is turned off on this deployment: sign in with your organisation's single sign-on.",
    );
  }
}
