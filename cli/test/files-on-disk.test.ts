// What a burned secret's files leave on disk: nothing. A secret's sealed chunk is uploaded as the CLI uploads
// one, found byte for byte in the app's local state (the SecretVaults' SQLite files, journal and WAL
// included: the positive control), then `oncelink burn` ends it and not one sample of the chunk is left in
// any file there. The same deleteAll() ends a viewed secret when its download window closes
// (worker/vault/test/files.test.ts proves that path in workerd, by its storage keys and database size).
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { CreateSecretResult } from "../../protocol/api";
import { envelopeUpload, sealSecret } from "../../protocol/envelope";
import { deriveFileKey, sealChunk } from "../../protocol/file-stream";
import { newAccount, runCli } from "./cli-harness";

const origin = inject("origin");
const vaultDir = join(inject("stateDir"), "v3", "do", "oncelink-SecretVault");
let env: Record<string, string>;

beforeAll(async () => {
  const { token } = await newAccount(origin, "cli-disk");
  env = { ONCELINK_URL: origin, ONCELINK_TOKEN: token };
});

/** A secret with one file of `size` random bytes, uploaded in one sealed chunk: answers its id and that chunk. */
async function secretWithFile(size: number): Promise<{ id: string; chunk: Uint8Array }> {
  const content = randomBytes(size);
  const sealed = await sealSecret({ text: "", files: [{ name: "id_ed25519", type: "", size }] });
  const chunk = await sealChunk(await deriveFileKey(sealed.linkKey), 0, true, content);
  const headers = { authorization: `Bearer ${env.ONCELINK_TOKEN}`, "content-type": "application/json" };
  const body = JSON.stringify({ ...envelopeUpload(sealed), files: { bytes: chunk.length } });
  const created = await fetch(`${origin}/api/secrets`, { method: "POST", headers, body });
  expect(created.status).toBe(201);
  const { secret, uploadToken = "" } = (await created.json()) as CreateSecretResult;
  const upload = { "x-upload-token": uploadToken, "content-type": "application/octet-stream" };
  const stored = await fetch(`${origin}/api/secrets/${secret.id}/chunks/0`, {
    method: "POST",
    headers: upload,
    body: chunk,
  });
  expect(stored.status).toBe(200);
  const done = await fetch(`${origin}/api/secrets/${secret.id}/complete`, { method: "POST", headers: upload });
  expect(done.status).toBe(200);
  return { id: secret.id, chunk };
}

/** 32 samples of 40 bytes spread over the chunk (a sample may straddle an SQLite page, hence many). */
function samplesOf(chunk: Uint8Array): Buffer[] {
  const step = Math.floor((chunk.length - 40) / 31);
  return Array.from({ length: 32 }, (_, i) => Buffer.from(chunk.subarray(i * step, i * step + 40)));
}

/** How many samples stand, byte for byte, in any file of the vaults' directory as it is now. */
function samplesOnDisk(samples: Buffer[]): number {
  const files = readdirSync(vaultDir)
    .map((name) => join(vaultDir, name))
    .filter((path) => statSync(path).isFile());
  const found = new Set<number>();
  for (const path of files) {
    const bytes = readFileSync(path);
    for (const [i, sample] of samples.entries()) if (bytes.includes(sample)) found.add(i);
  }
  return found.size;
}

describe("a burned secret's files on disk", () => {
  it("leave not one sample of their sealed bytes in the local state's files", async () => {
    const { id, chunk } = await secretWithFile(512 * 1024);
    const samples = samplesOf(chunk);
    // The control: stored, the chunk is there to be found (most samples lie within one page).
    expect(samplesOnDisk(samples)).toBeGreaterThanOrEqual(24);

    const burned = await runCli(["burn", id], { env });
    expect(burned.stderr.toString()).toBe("");
    expect(burned.code).toBe(0);
    // The vault deletes its storage once its outbox has delivered the burn's event.
    let left = samples.length;
    for (let tries = 0; tries < 40 && left > 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      left = samplesOnDisk(samples);
    }
    expect(left).toBe(0);
  });
});
