// Slack signs every request it sends (https://api.slack.com/authentication/verifying-requests-from-slack):
// X-Slack-Signature = "v0=" + hex(HMAC-SHA256(signing secret, "v0:" + X-Slack-Request-Timestamp + ":" + raw
// body)). A timestamp more than five minutes from now, either way, is refused, so a captured request cannot
// be replayed later; the comparison is constant-time.
const MAX_SKEW_SECONDS = 5 * 60;
const SIGNATURE = /^v0=[0-9a-f]{64}$/;
const encoder = new TextEncoder();

export interface SignedSlackRequest {
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
}

/** Slack's signature over this body and timestamp, "v0=<hex>". */
export async function slackSignature(secret: string, timestamp: string, rawBody: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`v0:${timestamp}:${rawBody}`)));
  return `v0=${Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/** Whether Slack signed this request, now; `nowSeconds` is Unix time. */
export async function isSignedBySlack(
  secret: string,
  request: SignedSlackRequest,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<boolean> {
  const { timestamp, signature } = request;
  if (!timestamp || !/^[0-9]{1,12}$/.test(timestamp) || !signature || !SIGNATURE.test(signature)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return false;
  const expected = await slackSignature(secret, timestamp, request.rawBody);
  // Both are "v0=" and 64 hex digits here, so the lengths match and the compare takes the same time.
  return crypto.subtle.timingSafeEqual(encoder.encode(expected), encoder.encode(signature));
}
