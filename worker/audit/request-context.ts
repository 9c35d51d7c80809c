// Where a request came from, for the audit log: the IP Cloudflare saw, its location from request.cf,
// and the device as the User-Agent describes it (request.cf has no device).
import Bowser from "bowser";
import { clientIp } from "../http/client-ip";

export interface RequestContext {
  ip: string | null;
  country: string | null;
  city: string | null;
  userAgent: string | null;
  device: string | null;
}

const MAX_USER_AGENT = 512;

export function requestContext(request: Request): RequestContext {
  const cf = (request as { cf?: { country?: unknown; city?: unknown } }).cf;
  const userAgent = request.headers.get("User-Agent")?.slice(0, MAX_USER_AGENT) ?? null;
  const ip = clientIp(request);
  return {
    ip: ip === "unknown" ? null : ip,
    country: typeof cf?.country === "string" ? cf.country : null,
    city: typeof cf?.city === "string" ? cf.city : null,
    userAgent,
    device: userAgent ? describeDevice(userAgent) : null,
  };
}

/** "Chrome 131 on macOS (desktop)": browser, OS and form factor. */
function describeDevice(userAgent: string): string {
  const parsed = Bowser.parse(userAgent);
  const browser = [parsed.browser.name, parsed.browser.version?.split(".")[0]].filter(Boolean).join(" ");
  const os = parsed.os.name ?? "unknown OS";
  const form =
    parsed.platform.type === "mobile" || parsed.platform.type === "tablet" ? parsed.platform.type : "desktop";
  return `${browser || "Unknown browser"} on ${os} (${form})`;
}
