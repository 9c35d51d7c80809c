/** The caller's IP as Cloudflare saw it. Never X-Forwarded-For: any client can write that header. */
export function clientIp(request: Request): string {
  return request.headers.get("CF-Connecting-IP") ?? "unknown";
}

/**
 * The caller's address as a limiter or lock key. An IPv6 customer is usually handed a whole /64 (often a
 * /56), so counting single IPv6 addresses lets one host rotate through 2^64 of them: every limit and lock
 * counts the /64 instead. IPv4 addresses (and IPv4-mapped IPv6) count one by one. The audit log keeps the
 * full address; only limits use this.
 */
export function addressKey(request: Request): string {
  return addressKeyOf(clientIp(request));
}

export function addressKeyOf(ip: string): string {
  if (!ip.includes(":")) return ip;
  const hextets = expandIpv6(ip);
  if (!hextets) return ip;
  const mapped = hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff;
  if (mapped) return [hextets[6] ?? 0, hextets[7] ?? 0].flatMap((h) => [h >> 8, h & 0xff]).join(".");
  return `${hextets
    .slice(0, 4)
    .map((h) => h.toString(16))
    .join(":")}::/64`;
}

/** Eight 16-bit groups of an IPv6 address (with "::", a zone id or a dotted IPv4 tail), or null if it is not one. */
function expandIpv6(ip: string): number[] | null {
  let text = ip.toLowerCase().replace(/^\[|\]$/g, "");
  text = text.split("%")[0] ?? "";
  const dotted = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const bytes = dotted.slice(2, 6).map(Number);
    if (bytes.some((b) => b > 255)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = bytes;
    text = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string | undefined) => (part ? part.split(":") : []);
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => Number.parseInt(g, 16));
}
