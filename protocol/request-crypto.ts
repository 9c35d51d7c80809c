// Secret requests (PROTOCOL section 9): the requester holds an ECDH P-256 key pair, the responder encrypts to
// its public key under a fresh (ephemeral) key pair of their own. ECDH and HKDF give a 32-byte link key, and
// from there a response is an ordinary secret: the envelope of section 2, opened by the reveal of 2.1. Web
// Crypto only, so the browser, the Worker and the CLI run this same code.
import { decodeBase64Url, encodeBase64Url } from "./base64url";
import { deriveLinkSecrets, EnvelopeError, openSecret, sealSecret, sha256 } from "./envelope";

const CURVE = { name: "ECDH", namedCurve: "P-256" } as const;
/** An uncompressed P-256 point (0x04 || x || y), the public key's raw form. */
export const REQUEST_PUBLIC_KEY_BYTES = 65;
/** The private scalar `d`, as JWK holds it. */
export const REQUEST_PRIVATE_KEY_BYTES = 32;
export const REQUEST_LINK_INFO = "oncelink/v1/request";

const utf8 = new TextEncoder();

export interface RequestKeyPair {
  /** base64url of the raw public key (65 bytes, 87 characters): what the server stores. */
  publicKey: string;
  /** base64url of `d` (32 bytes, 43 characters): what the requester keeps, and the inbox link carries. */
  privateKey: string;
}

/** A new requester key pair. The private half leaves this function only as `d`, for storage by the caller. */
export async function newRequestKeyPair(): Promise<RequestKeyPair> {
  // The casts: Workers' types answer unions here where the DOM's name the one type an ECDH pair gives.
  const pair = (await crypto.subtle.generateKey(CURVE, true, ["deriveBits"])) as CryptoKeyPair;
  const jwk = (await crypto.subtle.exportKey("jwk", pair.privateKey)) as JsonWebKey;
  const raw = new Uint8Array((await crypto.subtle.exportKey("raw", pair.publicKey)) as ArrayBuffer);
  if (!jwk.d) throw new EnvelopeError("The key pair could not be made");
  return { publicKey: encodeBase64Url(raw), privateKey: jwk.d };
}

function decodePoint(publicKey: string): Uint8Array<ArrayBuffer> {
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = decodeBase64Url(publicKey);
  } catch {
    throw new EnvelopeError("The request's public key is not base64url");
  }
  if (raw.length !== REQUEST_PUBLIC_KEY_BYTES || raw[0] !== 0x04) {
    throw new EnvelopeError("The request's public key is not an uncompressed P-256 point");
  }
  return raw;
}

/** Imports a raw public key; throws EnvelopeError when it is not a point on P-256. */
export async function importRequestPublicKey(publicKey: string): Promise<CryptoKey> {
  const raw = decodePoint(publicKey);
  try {
    return await crypto.subtle.importKey("raw", raw, CURVE, true, []);
  } catch {
    throw new EnvelopeError("The request's public key is not a point on P-256");
  }
}

/**
 * The private key as a CryptoKey, from `d` and its public key (JWK needs x and y beside d). Not extractable
 * unless asked: a browser stores the key itself (IndexedDB), and script can then use it but never read it.
 */
export async function importRequestPrivateKey(privateKey: string, publicKey: string, extractable = false) {
  const raw = decodePoint(publicKey);
  const jwk: JsonWebKey = {
    kty: "EC",
    crv: "P-256",
    x: encodeBase64Url(raw.subarray(1, 33)),
    y: encodeBase64Url(raw.subarray(33, 65)),
    d: privateKey,
    ext: extractable,
  };
  try {
    return await crypto.subtle.importKey("jwk", jwk, CURVE, extractable, ["deriveBits"]);
  } catch {
    throw new EnvelopeError("This private key does not belong to the request");
  }
}

/** linkKey = HKDF-SHA256(ECDH x-coordinate, salt = ephemeralKey || publicKey, info = "oncelink/v1/request"). */
async function linkKeyFrom(own: CryptoKey, other: CryptoKey, ephemeralKey: string, publicKey: string) {
  // Workers' types spell the member `$public`; the runtime, like the DOM, reads `public`.
  const ecdh = { name: "ECDH", public: other } as unknown as Parameters<typeof crypto.subtle.deriveBits>[0];
  const shared = await crypto.subtle.deriveBits(ecdh, own, 256);
  const salt = new Uint8Array(2 * REQUEST_PUBLIC_KEY_BYTES);
  salt.set(decodePoint(ephemeralKey));
  salt.set(decodePoint(publicKey), REQUEST_PUBLIC_KEY_BYTES);
  const ikm = await crypto.subtle.importKey("raw", shared, "HKDF", false, ["deriveBits"]);
  const params = { name: "HKDF", hash: "SHA-256", salt, info: utf8.encode(REQUEST_LINK_INFO) };
  return encodeBase64Url(new Uint8Array(await crypto.subtle.deriveBits(params, ikm, 256)));
}

export interface SealResponseOptions {
  text: string;
  /** The request's public key (base64url, raw). */
  publicKey: string;
  /** Fixed inputs, for test vectors only: the ephemeral key pair (as d) and the envelope's IV. */
  ephemeral?: RequestKeyPair;
  iv?: Uint8Array<ArrayBuffer>;
}

export interface SealedResponse {
  /** What the responder uploads (POST /api/requests/:id/responses). */
  ephemeralKey: string;
  ciphertext: string;
  verifier: string;
  /** Kept by nobody; returned for the test vectors. */
  linkKey: string;
  proof: string;
}

/** The responder's side: a fresh key pair, ECDH with the request's key, then the envelope of section 2. */
export async function sealResponse(options: SealResponseOptions): Promise<SealedResponse> {
  const requestKey = await importRequestPublicKey(options.publicKey);
  const ephemeral = options.ephemeral ?? (await newRequestKeyPair());
  const ephemeralPrivate = await importRequestPrivateKey(ephemeral.privateKey, ephemeral.publicKey);
  const linkKey = await linkKeyFrom(ephemeralPrivate, requestKey, ephemeral.publicKey, options.publicKey);
  const sealed = await sealSecret({ text: options.text, linkKey, iv: options.iv });
  return {
    ephemeralKey: ephemeral.publicKey,
    ciphertext: sealed.ciphertext,
    verifier: sealed.verifier,
    linkKey,
    proof: sealed.proof,
  };
}

/** The requester's side: the link key of one response, from the private key and the response's ephemeral key. */
export async function responseLinkKey(privateKey: CryptoKey, publicKey: string, ephemeralKey: string) {
  return linkKeyFrom(privateKey, await importRequestPublicKey(ephemeralKey), ephemeralKey, publicKey);
}

/** What the requester derives to open a response: the proof to reveal it with, and the key to decrypt it. */
export async function responseProofs(privateKey: CryptoKey, publicKey: string, ephemeralKey: string) {
  return deriveLinkSecrets(await responseLinkKey(privateKey, publicKey, ephemeralKey));
}

/** Decrypts a revealed response's ciphertext (section 2's envelope). */
export async function openResponse(ciphertext: string, encKey: CryptoKey): Promise<{ text: string }> {
  return openSecret(ciphertext, encKey);
}

/**
 * The fragment of a request link: SHA-256 of the raw public key. A responder whose link has it refuses a key
 * the server answers with that does not match (a swapped key); a link without it still works.
 */
export async function publicKeyCheck(publicKey: string): Promise<string> {
  return encodeBase64Url(await sha256(decodePoint(publicKey)));
}
