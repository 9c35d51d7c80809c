// share --file and open --output end to end: the built CLI against the real Worker, a 50 MiB random file
// sealed, uploaded and downloaded in 1 MiB chunks, byte-identical; the refusals that keep a recipient's
// directory safe without losing the one view; and the files share refuses because no one could open them.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { CreateSecretResult } from "../../protocol/api";
import { envelopeUpload, sealSecret } from "../../protocol/envelope";
import { deriveFileKey, MAX_FILE_NAME_LENGTH, MAX_FILES, sealChunk } from "../../protocol/file-stream";
import { checkShareable } from "../src/file-transfer";
import { closedPort, newAccount, runCli } from "./cli-harness";

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

  it("skips a file that is already there, leaving it as it was, and still prints the text and saves the rest", async () => {
    const source = tempDir("src");
    writeFileSync(join(source, ".env"), "NEW=1\n");
    writeFileSync(join(source, "ca.pem"), "-----BEGIN CERTIFICATE-----\n");
    const link = await share([join(source, ".env"), join(source, "ca.pem")], "both attached\n");
    const out = tempDir("out");
    writeFileSync(join(out, ".env"), "MINE=1\n");
    const opened = await runCli(["open", link, "--output", out], { env });
    expect(opened.code).toBe(1);
    expect(opened.stdout.toString()).toBe("both attached\n");
    expect(opened.stderr).toContain(`Not saved: ".env": refusing to overwrite ${join(out, ".env")}`);
    expect(opened.stderr).toContain(`Saved ${join(out, "ca.pem")}`);
    expect(opened.stderr.trimEnd().split("\n").at(-1)).toBe("1 of 2 files not saved (named above)");
    expect(readFileSync(join(out, ".env"), "utf8")).toBe("MINE=1\n");
    expect(readFileSync(join(out, "ca.pem"), "utf8")).toBe("-----BEGIN CERTIFICATE-----\n");
    expect(readdirSync(out).sort()).toEqual([".env", "ca.pem"]);
    expect((await runCli(["open", link, "--output", tempDir("again")], { env })).code).toBe(3);
  });

  it("refuses an --output that is no directory before the reveal: the secret stays openable", async () => {
    const source = tempDir("src");
    writeFileSync(join(source, "token.txt"), "t0k3n");
    const link = await share([join(source, "token.txt")], "the note");
    const notDir = join(source, "token.txt");
    for (const output of [join(tempDir("gone"), "missing"), notDir]) {
      const refused = await runCli(["open", link, "--output", output], { env });
      expect(refused.code, output).toBe(2);
      expect(refused.stderr).toBe(`--output ${output}: not a directory (nothing was revealed)\n`);
      expect(refused.stdout.length).toBe(0);
    }
    const out = tempDir("out");
    const opened = await runCli(["open", link, "--output", out], { env });
    expect(opened.code).toBe(0);
    expect(opened.stdout.toString()).toBe("the note");
    expect(readFileSync(join(out, "token.txt"), "utf8")).toBe("t0k3n");
  });

  it("refuses a file that is not there before creating anything", async () => {
    const run = await runCli(["share", "--file", join(tempDir("none"), "missing.txt")], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Not a file");
  });

  it("refuses files no one could open (two of one name, too many, a name not plain) before sending anything", async () => {
    // No server listens there: a refusal exits 2, anything sent would exit 6.
    const nowhere = { ...env, ONCELINK_URL: `http://127.0.0.1:${await closedPort()}` };
    const [a, b] = [tempDir("a"), tempDir("b")];
    for (const dir of [a, b]) writeFileSync(join(dir, "config.yaml"), dir);
    const many = tempDir("many");
    const paths = Array.from({ length: MAX_FILES + 1 }, (_, i) => join(many, `f${i}`));
    for (const path of paths) writeFileSync(path, "");
    writeFileSync(join(a, "back\\slash"), "");
    const cases: [string[], string][] = [
      [
        [join(a, "config.yaml"), join(b, "config.yaml")],
        "Two files are named config.yaml: each needs a name of its own",
      ],
      [paths, `A secret carries at most ${MAX_FILES} files: got ${MAX_FILES + 1}`],
      [[join(a, "back\\slash")], 'Not a plain file name: "back\\\\slash"'],
    ];
    for (const [files, message] of cases) {
      const run = await runCli(["share", ...files.flatMap((path) => ["--file", path])], { env: nowhere });
      expect(run.stderr).toBe(`${message}\n`);
      expect(run.code).toBe(2);
      expect(run.stdout.length).toBe(0);
    }
  });

  it("refuses a name longer than the manifest allows (no file system here holds one to share)", () => {
    const entry = (name: string) => ({ name, type: "", size: 1 });
    expect(() => checkShareable([entry("n".repeat(MAX_FILE_NAME_LENGTH))])).not.toThrow();
    expect(() => checkShareable([entry("n".repeat(MAX_FILE_NAME_LENGTH + 1))])).toThrow(
      `File names are at most ${MAX_FILE_NAME_LENGTH} characters`,
    );
  });

  it("refuses a name with a path separator, writing nothing", async () => {
    const out = tempDir("out");
    const opened = await runCli(["open", await craftedSecret("../evil.sh", 0), "--output", out], { env });
    expect(opened.code).toBe(1);
    expect(opened.stderr).toContain('Not saved: "../evil.sh": it is not a plain file name');
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
