// Base64url without padding, the encoding of every binary value in the protocol.
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Throws TypeError on anything that is not canonical, unpadded base64url. */
export function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!BASE64URL.test(text) || text.length % 4 === 1) throw new TypeError("not base64url");
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // atob ignores stray bits in the last character; only the canonical spelling of a value is accepted.
  if (encodeBase64Url(bytes) !== text) throw new TypeError("not canonical base64url");
  return bytes;
}

/** The length in characters of `n` bytes encoded as unpadded base64url. */
export function base64UrlLength(n: number): number {
  return Math.ceil((n * 4) / 3);
}

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n));
}
