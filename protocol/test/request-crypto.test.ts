import { describe, expect, it } from "vitest";
import { decodeBase64Url } from "../base64url";
import { EnvelopeError } from "../envelope";
import {
  importRequestPrivateKey,
  newRequestKeyPair,
  openResponse,
  publicKeyCheck,
  responseLinkKey,
  responseProofs,
  sealResponse,
} from "../request-crypto";
import vectors from "./request-vectors.json";

describe("secret request construction (PROTOCOL 9)", () => {
  for (const vector of vectors) {
    it(`matches the fixed vector: ${vector.name}`, async () => {
      const { input, expected } = vector;
      const sealed = await sealResponse({
        text: input.text,
        publicKey: input.requestPublicKey,
        ephemeral: { publicKey: input.ephemeralPublicKey, privateKey: input.ephemeralPrivateKey },
        iv: decodeBase64Url(input.iv),
      });
      expect(sealed.ephemeralKey).toBe(input.ephemeralPublicKey);
      expect(sealed.linkKey).toBe(expected.linkKey);
      expect(sealed.proof).toBe(expected.proof);
      expect(sealed.verifier).toBe(expected.verifier);
      expect(sealed.ciphertext).toBe(expected.ciphertext);
      expect(await publicKeyCheck(input.requestPublicKey)).toBe(expected.publicKeyCheck);
      // The requester's side reaches the same link key from the other half of each pair, and opens it.
      const privateKey = await importRequestPrivateKey(input.requestPrivateKey, input.requestPublicKey);
      expect(await responseLinkKey(privateKey, input.requestPublicKey, input.ephemeralPublicKey)).toBe(
        expected.linkKey,
      );
      const { encKey, proof } = await responseProofs(privateKey, input.requestPublicKey, input.ephemeralPublicKey);
      expect(proof).toBe(expected.proof);
      expect(await openResponse(expected.ciphertext, encKey)).toEqual({ text: input.text });
    });
  }

  it("round-trips under fresh keys, and another request's key cannot open it", async () => {
    const requester = await newRequestKeyPair();
    const stranger = await newRequestKeyPair();
    expect(requester.publicKey).toHaveLength(87);
    expect(requester.privateKey).toHaveLength(43);
    const sealed = await sealResponse({ text: "s3cr3t\n", publicKey: requester.publicKey });
    const own = await importRequestPrivateKey(requester.privateKey, requester.publicKey);
    const { encKey } = await responseProofs(own, requester.publicKey, sealed.ephemeralKey);
    expect(await openResponse(sealed.ciphertext, encKey)).toEqual({ text: "s3cr3t\n" });
    const other = await importRequestPrivateKey(stranger.privateKey, stranger.publicKey);
    const wrong = await responseProofs(other, stranger.publicKey, sealed.ephemeralKey);
    expect(wrong.proof).not.toBe(sealed.proof);
    await expect(openResponse(sealed.ciphertext, wrong.encKey)).rejects.toThrow(EnvelopeError);
  });

  it("keeps a stored private key unreadable, and refuses keys that are not P-256 points", async () => {
    const requester = await newRequestKeyPair();
    const key = await importRequestPrivateKey(requester.privateKey, requester.publicKey);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("jwk", key)).rejects.toThrow();
    const notAPoint = `BA${"A".repeat(85)}`;
    await expect(sealResponse({ text: "x", publicKey: notAPoint })).rejects.toThrow(EnvelopeError);
    await expect(sealResponse({ text: "x", publicKey: "short" })).rejects.toThrow(EnvelopeError);
    const stranger = await newRequestKeyPair();
    await expect(importRequestPrivateKey(stranger.privateKey, requester.publicKey)).rejects.toThrow(EnvelopeError);
  });
});
