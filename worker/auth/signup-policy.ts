import { ApiError } from "../http/errors";

/**
 * SIGNUP_POLICY: "open" (anyone), "closed" (only the first account; admins invite the rest) or
 * "domains" (emails under SIGNUP_DOMAINS, comma-separated). The first account is always allowed, or a
 * closed deployment could never get its admin.
 */
export function assertSignupAllowed(env: Env, email: string, isFirstAccount: boolean): void {
  if (isFirstAccount || env.SIGNUP_POLICY === "open") return;
  if (env.SIGNUP_POLICY === "domains") {
    const domain = email.split("@")[1] ?? "";
    const allowed = env.SIGNUP_DOMAINS.split(",").map((d) => d.trim().toLowerCase());
    if (allowed.includes(domain)) return;
    throw new ApiError(403, "signup_closed", "Sign-up is limited to this organisation's email domains.");
  }
  throw new ApiError(403, "signup_closed", "Sign-up is closed on this deployment. Ask an administrator for an invite.");
}
