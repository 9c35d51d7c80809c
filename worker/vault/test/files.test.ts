// PROTOCOL 2.2 in the real vault: chunks stored one value each, the upload's order and limits, resume, the
// one-time release, the download window, and deletion down to the vault's storage itself.
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { RevealResult } from "../../../protocol/api";
import { encodeBase64Url } from "../../../protocol/base64url";
import { sha256 } from "../../../protocol/envelope";
import { FILE_CHUNK_BYTES, MAX_SEALED_CHUNK_BYTES } from "../../../protocol/file-stream";
import { api, type Caller, errorOf, postJson, reveal, signUp } from "../../test/client";
import {
  completeUpload,
  createWithFiles,
  downloadAll,
  getChunk,
  patternFile,
  putChunk,
  uploadAll,
} from "../../test/file-upload";
import type { FilesState } from "../vault-files";
import { vaultFor } from "../vault-for";

let owner: Caller;
beforeAll(async () => {
  owner = await signUp();
});

const digest = async (bytes: Uint8Array) => encodeBase64Url(await sha256(new Uint8Array(bytes)));

function storage(id: string) {
  return runInDurableObject(vaultFor(env, id), (_, state) => ({
    keys: [...state.storage.kv.list()].map(([key]) => key),
    databaseSize: state.storage.sql.databaseSize,
  }));
}

async function revealFiles(id: string, proof: string): Promise<RevealResult> {
  const res = await reveal(id, proof);
  expect(res.status).toBe(200);
  return res.json<RevealResult>();
}

describe("a secret's files", () => {
  it("stores each chunk as its own value and gives back every byte, once", async () => {
    const files = [patternFile("kubeconfig.yaml", FILE_CHUNK_BYTES * 2 + 5), patternFile("empty.env", 0, 2)];
    const created = await createWithFiles(owner, files);
    const { secret, uploadToken, chunks, linkKey, proof } = created;
    expect(chunks).toHaveLength(4);
    // Not shareable until the upload is finished: the peek and the reveal refuse, and nothing is spent.
    expect(await errorOf(await api(`/api/secrets/${secret.id}`))).toMatchObject({ code: "upload_incomplete" });
    expect((await reveal(secret.id, proof)).status).toBe(409);

    await uploadAll(secret.id, uploadToken, chunks);
    const { keys } = await storage(secret.id);
    expect(keys.filter((key) => key.startsWith("chunk:")).sort()).toEqual(["chunk:0", "chunk:1", "chunk:2", "chunk:3"]);

    const revealed = await revealFiles(secret.id, proof);
    expect(revealed.files).toMatchObject({ chunks: 4, bytes: created.bytes });
    const opened = await downloadAll(secret.id, linkKey, files, revealed.files);
    expect(await Promise.all(opened.map(digest))).toEqual(await Promise.all(files.map((file) => digest(file.bytes))));
    // The one-time rule: a second reveal gets nothing, and a made-up download token no chunk.
    expect((await reveal(secret.id, proof)).status).toBe(404);
    expect((await getChunk(secret.id, "A".repeat(43), 0)).status).toBe(404);
  });

  it("refuses chunks out of order or repeated, and resumes from the last stored one", async () => {
    const files = [patternFile("id_ed25519", FILE_CHUNK_BYTES * 2 + 1)];
    const { secret, uploadToken, chunks, linkKey, proof } = await createWithFiles(owner, files);
    const [c0, c1, c2] = chunks;
    if (!c0 || !c1 || !c2) throw new Error("three chunks expected");
    expect((await putChunk(secret.id, uploadToken, 0, c0)).status).toBe(200);
    // The connection drops after the server stored chunk 0; the client sends it again.
    const repeated = await putChunk(secret.id, uploadToken, 0, c0);
    expect(repeated.status).toBe(409);
    expect(await errorOf(repeated)).toMatchObject({ code: "chunk_out_of_order", nextIndex: 1 });
    const skipped = await putChunk(secret.id, uploadToken, 2, c2);
    expect(await errorOf(skipped)).toMatchObject({ code: "chunk_out_of_order", nextIndex: 1 });
    expect(await errorOf(await completeUpload(secret.id, uploadToken))).toMatchObject({ code: "upload_incomplete" });
    expect((await putChunk(secret.id, uploadToken, 1, c1)).status).toBe(200);
    expect((await putChunk(secret.id, uploadToken, 2, c2)).status).toBe(200);
    expect((await completeUpload(secret.id, uploadToken)).status).toBe(200);
    // A finished upload is closed for good.
    expect(await errorOf(await putChunk(secret.id, uploadToken, 3, c2))).toMatchObject({ code: "upload_finished" });
    expect(await errorOf(await completeUpload(secret.id, uploadToken))).toMatchObject({ code: "upload_finished" });
    const [opened] = await downloadAll(secret.id, linkKey, files, (await revealFiles(secret.id, proof)).files);
    expect(await digest(opened ?? new Uint8Array())).toBe(await digest(files[0]?.bytes ?? new Uint8Array()));
  });

  it("answers 413 at the first chunk past the limit, before storing it", async () => {
    const tooMany = await postJson(
      "/api/secrets",
      { ciphertext: `AQ${"A".repeat(37)}`, verifier: "A".repeat(43), files: { bytes: 2049 } },
      { ...owner, vars: { MAX_FILE_BYTES: "2048" } as Partial<Env> },
    );
    expect(tooMany.status).toBe(413);

    const { secret, uploadToken, chunks } = await createWithFiles(owner, [patternFile("a.bin", 100)]);
    const [chunk] = chunks;
    if (!chunk) throw new Error("one chunk expected");
    const bigger = new Uint8Array(chunk.length + 1);
    const past = await putChunk(secret.id, uploadToken, 0, bigger);
    expect(past.status).toBe(413);
    expect((await storage(secret.id)).keys.filter((key) => key.startsWith("chunk:"))).toEqual([]);
    const overBody = await putChunk(secret.id, uploadToken, 0, new Uint8Array(MAX_SEALED_CHUNK_BYTES + 1));
    expect(await errorOf(overBody)).toMatchObject({ code: "too_large" });
    expect((await putChunk(secret.id, `${"B".repeat(42)}A`, 0, chunk)).status).toBe(404);
    expect((await putChunk(secret.id, "B".repeat(43), 0, chunk)).status).toBe(400);
    expect((await putChunk(secret.id, uploadToken, 0, chunk)).status).toBe(200);
  });

  it("counts the declared bytes in the account's storage quota", async () => {
    const res = await postJson(
      "/api/secrets",
      { ciphertext: `AQ${"A".repeat(37)}`, verifier: "A".repeat(43), files: { bytes: 5000 } },
      { ...owner, vars: { QUOTA_ACTIVE_BYTES: "4096" } as Partial<Env> },
    );
    expect(await errorOf(res)).toMatchObject({ code: "quota_exceeded" });
  });

  it("keeps a viewed secret's files for the window only, then leaves no byte in the vault's storage", async () => {
    const files = [patternFile("cert.p12", FILE_CHUNK_BYTES + 7)];
    const { secret, uploadToken, chunks, linkKey, proof } = await createWithFiles(owner, files);
    await uploadAll(secret.id, uploadToken, chunks);
    const grant = (await revealFiles(secret.id, proof)).files;
    // After the view, the delivery to D1 runs; the vault stays, holding the files for the window.
    await runDurableObjectAlarm(vaultFor(env, secret.id));
    const held = await storage(secret.id);
    expect(held.keys).toContain("chunk:1");
    expect(held.databaseSize).toBeGreaterThan(FILE_CHUNK_BYTES);
    await downloadAll(secret.id, linkKey, files, grant);

    // The window closes (moved into the past here, as ten minutes would).
    await runInDurableObject(vaultFor(env, secret.id), (_, state) => {
      const current = state.storage.kv.get<FilesState>("files");
      if (!current) throw new Error("no files state");
      state.storage.kv.put("files", {
        ...current,
        holdUntil: Date.now() - 1,
        downloads: current.downloads.map((grant) => ({ ...grant, until: Date.now() - 1 })),
      });
    });
    expect((await getChunk(secret.id, grant?.token ?? "", 0)).status).toBe(410);
    expect(await runDurableObjectAlarm(vaultFor(env, secret.id))).toBe(true);
    const after = await storage(secret.id);
    expect(after.keys).toEqual([]);
    // Deleted, not just unlinked: the database no longer has the pages that held the chunks.
    expect(after.databaseSize).toBeLessThan(64 * 1024);
    expect((await getChunk(secret.id, grant?.token ?? "", 0)).status).toBe(404);
  });

  it("deletes the files at once when the owner burns the secret", async () => {
    const { secret, uploadToken, chunks } = await createWithFiles(owner, [patternFile("a.env", 4000)]);
    await uploadAll(secret.id, uploadToken, chunks);
    expect((await api(`/api/secrets/${secret.id}`, { method: "DELETE", ...owner })).status).toBe(204);
    expect((await storage(secret.id)).keys).toEqual([]);
  });

  it("cleans up an upload that never finished at the secret's expiry", async () => {
    const { secret, uploadToken, chunks } = await createWithFiles(owner, [
      patternFile("big.bin", FILE_CHUNK_BYTES + 1),
    ]);
    const [first] = chunks;
    if (!first) throw new Error("chunks expected");
    expect((await putChunk(secret.id, uploadToken, 0, first)).status).toBe(200);
    await runInDurableObject(vaultFor(env, secret.id), async (_, state) => {
      const current = state.storage.kv.get<{ expiresAt: number }>("state");
      state.storage.kv.put("state", { ...current, expiresAt: Date.now() - 1 });
      await state.storage.setAlarm(Date.now());
    });
    await runDurableObjectAlarm(vaultFor(env, secret.id));
    expect((await storage(secret.id)).keys).toEqual([]);
    expect((await putChunk(secret.id, uploadToken, 1, first)).status).toBe(410);
  });

  it("gives each reveal its own download window, and lets a window fetch a chunk again (a resumed download)", async () => {
    const files = [patternFile("two-views.env", FILE_CHUNK_BYTES + 3)];
    const { secret, uploadToken, chunks, linkKey, proof } = await createWithFiles(owner, files, { maxViews: 2 });
    await uploadAll(secret.id, uploadToken, chunks);
    const first = (await revealFiles(secret.id, proof)).files;
    const second = (await revealFiles(secret.id, proof)).files;
    if (!first || !second) throw new Error("both reveals grant the files");
    expect(second.token).not.toBe(first.token);
    // A dropped download asks for the same chunk again: it is still there, byte for byte.
    const again = [await getChunk(secret.id, first.token, 1), await getChunk(secret.id, first.token, 1)];
    const [a, b] = await Promise.all(again.map(async (res) => new Uint8Array(await res.arrayBuffer())));
    expect(a && (await digest(a))).toBe(b && (await digest(b)));
    expect((await getChunk(secret.id, first.token, chunks.length)).status).toBe(404);
    // The last view ended the secret; both windows stay open, each token good for the whole file.
    const [viaFirst] = await downloadAll(secret.id, linkKey, files, first);
    const [viaSecond] = await downloadAll(secret.id, linkKey, files, second);
    const original = await digest(files[0]?.bytes ?? new Uint8Array());
    expect([await digest(viaFirst ?? new Uint8Array()), await digest(viaSecond ?? new Uint8Array())]).toEqual([
      original,
      original,
    ]);
    await runDurableObjectAlarm(vaultFor(env, secret.id));
    expect((await storage(secret.id)).keys).toContain("chunk:0");
  });
});
