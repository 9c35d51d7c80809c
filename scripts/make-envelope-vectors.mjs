// Writes protocol/test/envelope-vectors.json with node:crypto, an implementation independent of the
// Web Crypto code under test, so the vectors check the envelope rather than restate it.
// Run: node scripts/make-envelope-vectors.mjs
import { createCipheriv, createHash, hkdfSync, pbkdf2Sync } from "node:crypto";
import { writeFileSync } from "node:fs";

const b64u = (buf) => Buffer.from(buf).toString("base64url");
const bytes = (n, start) => Buffer.from(Array.from({ length: n }, (_, i) => (start + i) & 0xff));

function vector(name, text, passphrase, iterations) {
  const linkKey = bytes(32, 0x00);
  const salt = bytes(16, 0xa0);
  const iv = bytes(12, 0xc0);
  const stretched = passphrase
    ? pbkdf2Sync(Buffer.from(passphrase.normalize("NFC"), "utf8"), salt, iterations, 32, "sha256")
    : Buffer.alloc(0);
  const ikm = Buffer.concat([linkKey, stretched]);
  const encKey = Buffer.from(hkdfSync("sha256", ikm, Buffer.alloc(0), "oncelink/v1/enc", 32));
  const proof = Buffer.from(hkdfSync("sha256", ikm, Buffer.alloc(0), "oncelink/v1/proof", 32));
  // PROTOCOL 2.1: from the link key alone, so the server can tell a wrong key from a wrong passphrase.
  const keyProof = Buffer.from(hkdfSync("sha256", linkKey, Buffer.alloc(0), "oncelink/v1/key", 32));
  const cipher = createCipheriv("aes-256-gcm", encKey, iv);
  cipher.setAAD(Buffer.from("oncelink/v1"));
  const body = Buffer.concat([cipher.update(JSON.stringify({ text }), "utf8"), cipher.final(), cipher.getAuthTag()]);
  return {
    name,
    input: {
      text,
      linkKey: b64u(linkKey),
      passphrase: passphrase ?? null,
      ...(passphrase && { kdf: { salt: b64u(salt), iterations } }),
      iv: b64u(iv),
    },
    expected: {
      proof: b64u(proof),
      verifier: b64u(createHash("sha256").update(proof).digest()),
      keyProof: b64u(keyProof),
      keyVerifier: b64u(createHash("sha256").update(keyProof).digest()),
      ciphertext: b64u(Buffer.concat([Buffer.from([1]), iv, body])),
    },
  };
}

const vectors = [
  vector("no passphrase", "DB_PASSWORD=super_secret_password_123!", null, 0),
  vector("passphrase, 600000 iterations", "api key: sk_live_0123456789", "correct horse battery staple", 600_000),
  // "café" typed with a combining accent: NFC makes it the same key as the precomposed form.
  vector("decomposed unicode passphrase", "multi\nline ✓ text", "cafe\u0301 ünïcödé", 100_000),
];
writeFileSync(
  new URL("../protocol/test/envelope-vectors.json", import.meta.url),
  `${JSON.stringify(vectors, null, 2)}\n`,
);
