// The zero-knowledge envelope of PROTOCOL section 2. The same code runs in the browser, the Worker
// (plaintext mode) and any Node >= 20 client, so it uses Web Crypto only.
import { decodeBase64Url, encodeBase64Url, randomBytes } from "./base64url";
import { EnvelopeError } from "./envelope-error";
import { type FileEntry, readManifest } from "./file-stream";

export { EnvelopeError };

export const ENVELOPE_VERSION = 0x01;
/** What clients stretch passphrases with (OWASP's PBKDF2-SHA256 minimum). */
export const CLIENT_KDF_ITERATIONS = 600_000;
/** The range the server accepts in `kdf.iterations`. */
export const MIN_KDF_ITERATIONS = 100_000;
export const MAX_KDF_ITERATIONS = 10_000_000;
export const LINK_KEY_BYTES = 32;
const IV_BYTES = 12;
export const KDF_SALT_BYTES = 16;
const GCM_TAG_BYTES = 16;
/** Smallest valid ciphertext: version byte, IV and GCM tag around an empty plaintext. */
export const MIN_CIPHERTEXT_BYTES = 1 + IV_BYTES + GCM_TAG_BYTES;

const utf8 = new TextEncoder();
const AAD = utf8.encode("oncelink/v1");

export interface Kdf {
  salt: string;
  iterations: number;
}

interface SealedSecret {
  linkKey: string;
  ciphertext: string;
  verifier: string;
  /** Sent by whoever opens the secret; kept by the creator only to run the vectors. */
  proof: string;
  /** PROTOCOL 2.1: SHA-256 of the key proof, uploaded for a secret with a passphrase. */
  keyVerifier: string;
  /** PROTOCOL 2.1: from the link key alone; sent beside `proof` when revealing. */
  keyProof: string;
  kdf?: Kdf;
  /** The stretched passphrase, kept by the creator to derive the files key (PROTOCOL 2.2); never uploaded. */
  stretched?: Uint8Array;
}

export function newLinkKey(): string {
  return encodeBase64Url(randomBytes(LINK_KEY_BYTES));
}

export function newKdf(iterations = CLIENT_KDF_ITERATIONS): Kdf {
  return { salt: encodeBase64Url(randomBytes(KDF_SALT_BYTES)), iterations };
}

/** PBKDF2-HMAC-SHA256 of the NFC-normalised passphrase: the slow step, run before deriveLinkSecrets. */
export async function stretchPassphrase(passphrase: string, kdf: Kdf): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey("raw", utf8.encode(passphrase.normalize("NFC")), "PBKDF2", false, [
    "deriveBits",
  ]);
  const params = { name: "PBKDF2", hash: "SHA-256", salt: decodeBase64Url(kdf.salt), iterations: kdf.iterations };
  return new Uint8Array(await crypto.subtle.deriveBits(params, material, 256));
}

async function hkdf(ikm: Uint8Array<ArrayBuffer>, info: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"]);
  const params = { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: utf8.encode(info) };
  return new Uint8Array(await crypto.subtle.deriveBits(params, key, 256));
}

/** The AES key and the proof that a link key (plus stretched passphrase, if any) yields. */
export async function deriveLinkSecrets(
  linkKey: string,
  stretched: Uint8Array = new Uint8Array(0),
): Promise<{ encKey: CryptoKey; proof: string }> {
  const key = decodeLinkKey(linkKey);
  const ikm = new Uint8Array(key.length + stretched.length);
  ikm.set(key);
  ikm.set(stretched, key.length);
  const encBits = await hkdf(ikm, "oncelink/v1/enc");
  const encKey = await crypto.subtle.importKey("raw", encBits, "AES-GCM", false, ["encrypt", "decrypt"]);
  return { encKey, proof: encodeBase64Url(await hkdf(ikm, "oncelink/v1/proof")) };
}

/**
 * PROTOCOL 2.1: a proof of the link key alone. With a passphrase, `proof` mixes key and passphrase, so the
 * server could not tell a wrong key (someone with only the id) from a wrong passphrase (the key's holder);
 * this lets it spend the five passphrase attempts on the key's holder only.
 */
export async function deriveKeyProof(linkKey: string): Promise<string> {
  return encodeBase64Url(await hkdf(decodeLinkKey(linkKey), "oncelink/v1/key"));
}

export async function verifierFor(proof: string): Promise<string> {
  return encodeBase64Url(await sha256(decodeBase64Url(proof)));
}

export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
}

function decodeLinkKey(linkKey: string): Uint8Array<ArrayBuffer> {
  let key: Uint8Array<ArrayBuffer>;
  try {
    key = decodeBase64Url(linkKey);
  } catch {
    throw new EnvelopeError("This link is incomplete");
  }
  if (key.length !== LINK_KEY_BYTES) throw new EnvelopeError("This link is incomplete");
  return key;
}

export interface SealOptions {
  text: string;
  /** PROTOCOL 2.2: the files' manifest (names, types, sizes), sealed with the text. */
  files?: readonly FileEntry[];
  passphrase?: string;
  /** Fixed inputs, for test vectors only; fresh random values otherwise. */
  linkKey?: string;
  kdf?: Kdf;
  iv?: Uint8Array<ArrayBuffer>;
}

export async function sealSecret(options: SealOptions): Promise<SealedSecret> {
  const linkKey = options.linkKey ?? newLinkKey();
  const kdf = options.passphrase ? (options.kdf ?? newKdf()) : undefined;
  const stretched = options.passphrase && kdf ? await stretchPassphrase(options.passphrase, kdf) : undefined;
  const { encKey, proof } = await deriveLinkSecrets(linkKey, stretched);
  const iv = options.iv ?? randomBytes(IV_BYTES);
  const content = options.files?.length ? { text: options.text, files: options.files } : { text: options.text };
  const plaintext = utf8.encode(JSON.stringify(content));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: AAD }, encKey, plaintext),
  );
  const envelope = new Uint8Array(1 + IV_BYTES + sealed.length);
  envelope[0] = ENVELOPE_VERSION;
  envelope.set(iv, 1);
  envelope.set(sealed, 1 + IV_BYTES);
  const keyProof = await deriveKeyProof(linkKey);
  return {
    linkKey,
    ciphertext: encodeBase64Url(envelope),
    verifier: await verifierFor(proof),
    proof,
    keyProof,
    keyVerifier: await verifierFor(keyProof),
    ...(kdf && { kdf }),
    ...(stretched && { stretched }),
  };
}

/** The envelope fields a client uploads to create a secret (PROTOCOL 2 and 2.1), for every client alike. */
export function envelopeUpload(sealed: SealedSecret): {
  ciphertext: string;
  verifier: string;
  kdf?: Kdf;
  keyVerifier?: string;
} {
  const { ciphertext, verifier, kdf, keyVerifier } = sealed;
  return kdf ? { ciphertext, verifier, kdf, keyVerifier } : { ciphertext, verifier };
}

/** What a client derives to open a secret: the AES key, and the proofs a reveal sends (PROTOCOL 2 and 2.1). */
export async function revealProofs(
  linkKey: string,
  stretched?: Uint8Array,
): Promise<{ encKey: CryptoKey; proof: string; keyProof?: string }> {
  const { encKey, proof } = await deriveLinkSecrets(linkKey, stretched);
  return stretched ? { encKey, proof, keyProof: await deriveKeyProof(linkKey) } : { encKey, proof };
}

/** What an envelope holds: the text, and (PROTOCOL 2.2) the manifest of the files, if the secret has any. */
export interface OpenedSecret {
  text: string;
  files?: FileEntry[];
}

export async function openSecret(ciphertext: string, encKey: CryptoKey): Promise<OpenedSecret> {
  const envelope = decodeBase64Url(ciphertext);
  if (envelope[0] !== ENVELOPE_VERSION || envelope.length < MIN_CIPHERTEXT_BYTES) {
    throw new EnvelopeError("Unsupported secret format");
  }
  let plaintext: ArrayBuffer;
  try {
    const iv = envelope.subarray(1, 1 + IV_BYTES);
    const data = envelope.subarray(1 + IV_BYTES);
    plaintext = await crypto.subtle.decrypt({ name: "AES-GCM", iv, additionalData: AAD }, encKey, data);
  } catch {
    throw new EnvelopeError("This link is incomplete");
  }
  const parsed: unknown = JSON.parse(new TextDecoder().decode(plaintext));
  if (typeof parsed !== "object" || parsed === null || typeof (parsed as { text?: unknown }).text !== "string") {
    throw new EnvelopeError("Unsupported secret format");
  }
  const { text, files } = parsed as { text: string; files?: unknown };
  return files === undefined ? { text } : { text, files: readManifest(files) };
}
