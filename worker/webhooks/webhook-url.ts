// Where a webhook may point (the SSRF rules, docs/protocol.md, Webhooks). Hemmelig's CVE-2025-69206 came from
// letting a webhook reach internal addresses: here a URL must be https, on port 443 or 8443, with a host
// name (never an IP literal in any spelling, which the WHATWG parser turns into dotted IPv4 or [IPv6]), no
// credentials and no local-only name. A Worker cannot resolve DNS before it fetches, so a public name that
// resolves to a private address is left to the platform, which does not route Workers' fetches to private
// networks. Redirects are never followed (send-webhook-attempt.ts), so a public URL cannot bounce inward.
import { isLoopbackHost } from "../config";

const ALLOWED_PORTS = new Set(["", "8443"]); // "" is the scheme's default: 443 for https
const LOCAL_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa"];
/** The only plain-http URLs allowed, and only when the app itself is served on loopback (development, tests). */
const LOOPBACK_HTTP = /^http:\/\/(127\.0\.0\.1|localhost)(:[0-9]{1,5})?([/?#]|$)/i;

export interface UrlRules {
  /** The app runs on a loopback host itself: plain http://127.0.0.1 and http://localhost are allowed too. */
  loopbackApp: boolean;
}

/** Why `input` may not be a webhook URL, in a few words; null when it may. */
export function webhookUrlProblem(input: string, rules: UrlRules): string | null {
  if (!URL.canParse(input)) return "is not a valid URL";
  const url = new URL(input);
  if (url.username || url.password) return "must not contain credentials (user:password@)";
  if (url.protocol === "http:" && rules.loopbackApp && LOOPBACK_HTTP.test(input)) return null;
  if (url.protocol !== "https:") return "must start with https://";
  const host = url.hostname.toLowerCase();
  if (host.startsWith("[")) return "must use a host name, not an IPv6 address";
  // Decimal (2130706433), hex (0x7f.1) and octal (0177.0.0.1) forms all parse to dotted IPv4 by now.
  if (/^[0-9]+(\.[0-9]+){3}$/.test(host)) return "must use a host name, not an IPv4 address";
  if (host === "localhost" || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return "must use a public host name, not a local one";
  }
  if (!host.includes(".") || host.endsWith(".")) return "must use a fully qualified public host name";
  if (!ALLOWED_PORTS.has(url.port)) return "must use port 443 or 8443";
  return null;
}

/** The app's own origin is loopback (npm start, the tests): the one case plain http is allowed. */
export function isLoopbackApp(origin: string): boolean {
  const url = new URL(origin);
  return url.protocol === "http:" && isLoopbackHost(url.hostname);
}
