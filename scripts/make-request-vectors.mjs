// Writes protocol/test/request-vectors.json (PROTOCOL section 9) with node:crypto (createECDH, hkdfSync,
// createCipheriv), an implementation independent of the Web Crypto code in protocol/request-crypto.ts.
// Run: node scripts/make-request-vectors.mjs
import { createCipheriv, createECDH, createHash, hkdfSync } from "node:crypto";
import { writeFileSync } from "node:fs";

const b64u = (buf) => Buffer.from(buf).toString("base64url");
const bytes = (n, start) => Buffer.from(Array.from({ length: n }, (_, i) => (start + i) & 0xff));

function keyPair(d) {
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(d);
  return { ecdh, publicKey: ecdh.getPublicKey(null, "uncompressed") };
}

function vector(name, text, requestD, ephemeralD) {
  const request = keyPair(requestD);
  const ephemeral = keyPair(ephemeralD);
  const iv = bytes(12, 0xc0);
  const shared = ephemeral.ecdh.computeSecret(request.publicKey);
  const salt = Buffer.concat([ephemeral.publicKey, request.publicKey]);
  const linkKey = Buffer.from(hkdfSync("sha256", shared, salt, "oncelink/v1/request", 32));
  // From here on, section 2's envelope with that link key and no passphrase.
  const encKey = Buffer.from(hkdfSync("sha256", linkKey, Buffer.alloc(0), "oncelink/v1/enc", 32));
  const proof = Buffer.from(hkdfSync("sha256", linkKey, Buffer.alloc(0), "oncelink/v1/proof", 32));
  const cipher = createCipheriv("aes-256-gcm", encKey, iv);
  cipher.setAAD(Buffer.from("oncelink/v1"));
  const body = Buffer.concat([cipher.update(JSON.stringify({ text }), "utf8"), cipher.final(), cipher.getAuthTag()]);
  return {
    name,
    input: {
      text,
      requestPrivateKey: b64u(requestD),
      requestPublicKey: b64u(request.publicKey),
      ephemeralPrivateKey: b64u(ephemeralD),
      ephemeralPublicKey: b64u(ephemeral.publicKey),
      iv: b64u(iv),
    },
    expected: {
      sharedSecret: b64u(shared),
      publicKeyCheck: b64u(createHash("sha256").update(request.publicKey).digest()),
      linkKey: b64u(linkKey),
      proof: b64u(proof),
      verifier: b64u(createHash("sha256").update(proof).digest()),
      ciphertext: b64u(Buffer.concat([Buffer.from([1]), iv, body])),
    },
  };
}

const vectors = [
  vector("one-line secret", "postgres://staging:s3cr3t@db.internal:5432/app", bytes(32, 0x01), bytes(32, 0x41)),
  vector("multi-line unicode secret", "line 1\nligne 2 ✓ 🔐\n", bytes(32, 0x11), bytes(32, 0x81)),
];
writeFileSync(
  new URL("../protocol/test/request-vectors.json", import.meta.url),
  `${JSON.stringify(vectors, null, 2)}\n`,
);
