/** The caller's IP as Cloudflare saw it. Never X-Forwarded-For: any client can write that header. */
export function clientIp(request: Request): string {
  return request.headers.get("CF-Connecting-IP") ?? "unknown";
}
