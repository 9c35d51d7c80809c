// Optional human check before a reveal (Cloudflare Turnstile). Off unless TURNSTILE_SITE_KEY and the
// TURNSTILE_SECRET secret are both set; then every reveal must carry a token that Cloudflare confirms.
import { configOf } from "../config";
import { ApiError } from "./errors";

const SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

export function turnstileSiteKey(env: Env): string | null {
  const siteKey = configOf(env).TURNSTILE_SITE_KEY;
  return siteKey && env.TURNSTILE_SECRET ? siteKey : null;
}

export async function assertHuman(env: Env, token: string | undefined, ip: string): Promise<void> {
  if (!turnstileSiteKey(env)) return;
  const refused = new ApiError(403, "human_check_failed", "Please complete the human check, then try again.");
  if (!token) throw refused;
  const form = new FormData();
  form.append("secret", env.TURNSTILE_SECRET ?? "");
  form.append("response", token);
  if (ip !== "unknown") form.append("remoteip", ip);
  let verdict: { success?: unknown };
  try {
    const res = await fetch(SITEVERIFY, { method: "POST", body: form });
    verdict = await res.json();
  } catch {
    throw new ApiError(503, "human_check_unavailable", "The human check could not be verified. Try again shortly.");
  }
  if (verdict.success !== true) throw refused;
}
