import { describe, expect, it } from "vitest";
import { decodeBase64Url, encodeBase64Url } from "../base64url";
import { deriveLinkSecrets, EnvelopeError, openSecret, sealSecret, sha256, stretchPassphrase } from "../envelope";
import {
  chunkRange,
  deriveFileKey,
  FILE_CHUNK_BYTES,
  openChunk,
  planFiles,
  readManifest,
  sealChunk,
} from "../file-stream";
import vectors from "./file-vectors.json";

describe("file stream (PROTOCOL 2.2)", () => {
  it("seals each chunk of the fixed vectors byte for byte, and opens it", async () => {
    const key = await deriveFileKey(vectors.linkKey);
    for (const chunk of vectors.chunks) {
      const sealed = await sealChunk(key, chunk.index, chunk.last, decodeBase64Url(chunk.plaintext));
      expect(encodeBase64Url(sealed)).toBe(chunk.sealed);
      const opened = await openChunk(key, chunk.index, chunk.last, decodeBase64Url(chunk.sealed));
      expect(encodeBase64Url(opened)).toBe(chunk.plaintext);
    }
  });

  it("derives the files key from the link key and the stretched passphrase, like the text's", async () => {
    const { passphrase, kdf, chunks } = vectors.passphrase;
    const key = await deriveFileKey(vectors.linkKey, await stretchPassphrase(passphrase, kdf));
    for (const chunk of chunks) {
      const sealed = await sealChunk(key, chunk.index, chunk.last, decodeBase64Url(chunk.plaintext));
      expect(encodeBase64Url(sealed)).toBe(chunk.sealed);
    }
    // Without the passphrase the same link key opens nothing.
    const [first] = chunks;
    if (!first) throw new Error("no passphrase vector");
    const wrong = await deriveFileKey(vectors.linkKey);
    await expect(openChunk(wrong, first.index, first.last, decodeBase64Url(first.sealed))).rejects.toThrow(
      EnvelopeError,
    );
  });

  it("carries the manifest inside the text envelope", async () => {
    const { text, files, iv, ciphertext } = vectors.envelope;
    const sealed = await sealSecret({ text, files, linkKey: vectors.linkKey, iv: decodeBase64Url(iv) });
    expect(sealed.ciphertext).toBe(ciphertext);
    const { encKey } = await deriveLinkSecrets(vectors.linkKey);
    expect(await openSecret(ciphertext, encKey)).toEqual({ text, files });
  });

  it("seals the vectors' 2.5 MiB stream to the fixed SHA-256", async () => {
    const key = await deriveFileKey(vectors.linkKey);
    const plan = planFiles(vectors.stream.files);
    expect(plan.chunks).toBe(vectors.stream.chunks);
    expect(plan.sealedBytes).toBe(vectors.stream.sealedBytes);
    const all = new Uint8Array(plan.sealedBytes);
    let offset = 0;
    for (const file of plan.files) {
      for (let n = 0; n < file.chunks; n++) {
        const range = chunkRange(file, n);
        const bytes = new Uint8Array(range.end - range.start).map((_, i) => ((range.start + i) * 31 + 7) % 256);
        const sealed = await sealChunk(key, file.firstChunk + n, range.last, bytes);
        all.set(sealed, offset);
        offset += sealed.length;
      }
    }
    expect(offset).toBe(plan.sealedBytes);
    expect(encodeBase64Url(await sha256(all))).toBe(vectors.stream.sha256);
  });

  it("refuses a chunk moved, re-flagged or altered", async () => {
    const key = await deriveFileKey(vectors.linkKey);
    const [first] = vectors.chunks;
    if (!first) throw new Error("no chunk vector");
    const sealed = decodeBase64Url(first.sealed);
    await expect(openChunk(key, first.index + 1, first.last, sealed)).rejects.toThrow(EnvelopeError);
    // A file cut short: its non-last chunk presented as its last.
    await expect(openChunk(key, first.index, !first.last, sealed)).rejects.toThrow(EnvelopeError);
    const altered = sealed.slice();
    altered[0] = (altered[0] ?? 0) ^ 1;
    await expect(openChunk(key, first.index, first.last, altered)).rejects.toThrow(/damaged or out of place/);
  });

  it("cuts files into 1 MiB chunks, an empty file into one empty chunk", () => {
    const plan = planFiles([
      { name: "a", type: "", size: FILE_CHUNK_BYTES * 2 + 1 },
      { name: "b", type: "", size: 0 },
      { name: "c", type: "", size: FILE_CHUNK_BYTES },
    ]);
    expect(plan.files.map((file) => [file.firstChunk, file.chunks])).toEqual([
      [0, 3],
      [3, 1],
      [4, 1],
    ]);
    expect(chunkRange(plan.files[0] ?? { name: "", type: "", size: 0 }, 2)).toEqual({
      start: FILE_CHUNK_BYTES * 2,
      end: FILE_CHUNK_BYTES * 2 + 1,
      last: true,
    });
    expect(plan.sealedBytes).toBe(FILE_CHUNK_BYTES * 3 + 1 + 5 * 16);
  });

  it("refuses a manifest that is not a list of names, types and sizes", () => {
    expect(() => readManifest([{ name: "", type: "", size: 1 }])).toThrow(EnvelopeError);
    expect(() => readManifest([{ name: "a", type: "", size: -1 }])).toThrow(EnvelopeError);
    expect(() => readManifest({ name: "a" })).toThrow(EnvelopeError);
    expect(readManifest([{ name: "a.p12", type: "application/x-pkcs12", size: 3, extra: 1 }])).toEqual([
      { name: "a.p12", type: "application/x-pkcs12", size: 3 },
    ]);
  });
});
