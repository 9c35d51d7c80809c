import { describe, expect, it } from "vitest";
import { decodeBase64Url } from "../base64url";
import {
  deriveKeyProof,
  deriveLinkSecrets,
  EnvelopeError,
  newLinkKey,
  openSecret,
  sealSecret,
  stretchPassphrase,
  verifierFor,
} from "../envelope";
import { LINK_KEY_PATTERN } from "../limits";
import vectors from "./envelope-vectors.json";

describe("envelope", () => {
  for (const vector of vectors) {
    it(`matches the fixed vector: ${vector.name}`, async () => {
      const { input, expected } = vector;
      const sealed = await sealSecret({
        text: input.text,
        passphrase: input.passphrase ?? undefined,
        linkKey: input.linkKey,
        kdf: input.kdf,
        iv: decodeBase64Url(input.iv),
      });
      expect(sealed.proof).toBe(expected.proof);
      expect(sealed.verifier).toBe(expected.verifier);
      expect(sealed.ciphertext).toBe(expected.ciphertext);
      expect(await verifierFor(expected.proof)).toBe(expected.verifier);
      expect(sealed.keyProof).toBe(expected.keyProof);
      expect(sealed.keyVerifier).toBe(expected.keyVerifier);
      expect(await deriveKeyProof(input.linkKey)).toBe(expected.keyProof);
    });
  }

  it("opens what it sealed, with and without a passphrase", async () => {
    const plain = await sealSecret({ text: "línea 1\nline 2 🔐" });
    const { encKey } = await deriveLinkSecrets(plain.linkKey);
    expect(await openSecret(plain.ciphertext, encKey)).toEqual({ text: "línea 1\nline 2 🔐" });

    const kdf = { salt: "oKGio6SlpqeoqaqrrK2urw", iterations: 100_000 };
    const guarded = await sealSecret({ text: "t0ken", passphrase: "hunter2 but longer", kdf });
    const opened = await deriveLinkSecrets(guarded.linkKey, await stretchPassphrase("hunter2 but longer", kdf));
    expect(opened.proof).toBe(guarded.proof);
    expect(await openSecret(guarded.ciphertext, opened.encKey)).toEqual({ text: "t0ken" });
  });

  it("gives a different proof, and no plaintext, for a wrong passphrase or key", async () => {
    const kdf = { salt: "oKGio6SlpqeoqaqrrK2urw", iterations: 100_000 };
    const sealed = await sealSecret({ text: "x", passphrase: "right passphrase", kdf });
    const wrong = await deriveLinkSecrets(sealed.linkKey, await stretchPassphrase("wrong passphrase", kdf));
    expect(wrong.proof).not.toBe(sealed.proof);
    await expect(openSecret(sealed.ciphertext, wrong.encKey)).rejects.toBeInstanceOf(EnvelopeError);
    const otherKey = await deriveLinkSecrets(newLinkKey());
    await expect(openSecret(sealed.ciphertext, otherKey.encKey)).rejects.toBeInstanceOf(EnvelopeError);
  });

  it("refuses link keys that are cut short or not base64url", async () => {
    const key = newLinkKey();
    expect(key).toHaveLength(43);
    await expect(deriveLinkSecrets(key.slice(0, 40))).rejects.toThrow("This link is incomplete");
    await expect(deriveLinkSecrets(`${key.slice(0, 42)}!`)).rejects.toThrow("This link is incomplete");
  });

  it("makes link keys that the share-link pattern accepts, and only those", () => {
    const key = newLinkKey();
    expect(LINK_KEY_PATTERN.test(key)).toBe(true);
    expect(LINK_KEY_PATTERN.test(key.slice(0, 42))).toBe(false);
  });
});
