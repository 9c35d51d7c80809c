// share --file and open --output end to end: the built CLI against the real Worker, a 50 MiB random file
// sealed, uploaded and downloaded in 1 MiB chunks, byte-identical; and the refusals that keep a recipient's
// directory safe.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { CreateSecretResult } from "../../protocol/api";
import { envelopeUpload, sealSecret } from "../../protocol/envelope";
import { deriveFileKey, sealChunk } from "../../protocol/file-stream";
import { newAccount, runCli } from "./cli-harness";

const origin = inject("origin");
let env: Record<string, string>;

/** A one-chunk secret made the way a hostile or broken sender could: any name, the chunk sealed at `sealedAs`. */
async function craftedSecret(name: string, sealedAs: number): Promise<string> {
  const content = new TextEncoder().encode("#!/bin/sh\necho owned\n");
  const sealed = await sealSecret({ text: "", files: [{ name, type: "", size: content.length }] });
  const chunk = await sealChunk(await deriveFileKey(sealed.linkKey), sealedAs, true, content);
  const headers = { authorization: `Bearer ${env.ONCELINK_TOKEN}`, "content-type": "application/json" };
  const body = JSON.stringify({ ...envelopeUpload(sealed), files: { bytes: chunk.length } });
  const created = await fetch(`${origin}/api/secrets`, { method: "POST", headers, body });
  const { secret, uploadToken = "" } = (await created.json()) as CreateSecretResult;
  const upload = { "x-upload-token": uploadToken, "content-type": "application/octet-stream" };
  await fetch(`${origin}/api/secrets/${secret.id}/chunks/0`, { method: "POST", headers: upload, body: chunk });
  const done = await fetch(`${origin}/api/secrets/${secret.id}/complete`, { method: "POST", headers: upload });
  expect(done.status).toBe(200);
  return `${secret.url}#${sealed.linkKey}`;
}

beforeAll(async () => {
  const { token } = await newAccount(origin, "cli-files");
  env = { ONCELINK_URL: origin, ONCELINK_TOKEN: token };
});

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const tempDir = (label: string) => mkdtempSync(join(tmpdir(), `oncelink-${label}-`));

async function share(paths: string[], input = "") {
  const run = await runCli(["share", ...paths.flatMap((path) => ["--file", path])], { input, env });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return run.stdout.toString().trim();
}

describe("share --file and open --output", () => {
  it("round-trips a 50 MiB random file and a note, byte for byte, once", async () => {
    const source = tempDir("src");
    const big = randomBytes(50 * 1024 * 1024);
    writeFileSync(join(source, "backup.tar"), big);
    writeFileSync(join(source, "empty.env"), "");
    const link = await share([join(source, "backup.tar"), join(source, "empty.env")], "the note\n");

    const out = tempDir("out");
    const opened = await runCli(["open", link, "--output", out], { env });
    expect(opened.code).toBe(0);
    expect(opened.stdout.toString()).toBe("the note\n");
    expect(readdirSync(out).sort()).toEqual(["backup.tar", "empty.env"]);
    expect(sha256(readFileSync(join(out, "backup.tar")))).toBe(sha256(big));
    expect(readFileSync(join(out, "empty.env")).length).toBe(0);

    const again = await runCli(["open", link, "--output", tempDir("again")], { env });
    expect(again.code).toBe(3);
  }, 300_000);

  it("refuses to reveal a secret with files without --output, spending nothing", async () => {
    const source = tempDir("src");
    writeFileSync(join(source, "id_ed25519"), "-----BEGIN OPENSSH PRIVATE KEY-----\n");
    const link = await share([join(source, "id_ed25519")]);
    const refused = await runCli(["open", link], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--output DIR");
    const out = tempDir("out");
    const opened = await runCli(["open", link, "--output", out], { env });
    expect(opened.code).toBe(0);
    expect(readFileSync(join(out, "id_ed25519"), "utf8")).toBe("-----BEGIN OPENSSH PRIVATE KEY-----\n");
  });

  it("refuses to overwrite a file that is already there, and leaves it as it was", async () => {
    const source = tempDir("src");
    writeFileSync(join(source, ".env"), "NEW=1\n");
    const link = await share([join(source, ".env")]);
    const out = tempDir("out");
    writeFileSync(join(out, ".env"), "MINE=1\n");
    const opened = await runCli(["open", link, "--output", out], { env });
    expect(opened.code).toBe(1);
    expect(opened.stderr).toContain("Refusing to overwrite");
    expect(readFileSync(join(out, ".env"), "utf8")).toBe("MINE=1\n");
    expect(readdirSync(out)).toEqual([".env"]);
  });

  it("refuses a file that is not there before creating anything", async () => {
    const run = await runCli(["share", "--file", join(tempDir("none"), "missing.txt")], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Not a file");
  });

  it("refuses a name with a path separator, writing nothing", async () => {
    const out = tempDir("out");
    const opened = await runCli(["open", await craftedSecret("../evil.sh", 0), "--output", out], { env });
    expect(opened.code).toBe(1);
    expect(opened.stderr).toContain("not a plain file name");
    expect(readdirSync(out)).toEqual([]);
  });

  it("stops loudly at a chunk that does not open, leaving nothing of the file", async () => {
    const out = tempDir("out");
    // Sealed as chunk 1 but stored as chunk 0: moved, as a tampering server could.
    const opened = await runCli(["open", await craftedSecret("deploy.sh", 1), "--output", out], { env });
    expect(opened.code).toBe(2);
    expect(opened.stderr).toContain("damaged or out of place");
    expect(readdirSync(out)).toEqual([]);
  });
});
