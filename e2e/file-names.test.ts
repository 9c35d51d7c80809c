// Hostile file names and types on the recipient page (PROTOCOL 2.2: clients never render a file). A sender
// can put anything in the encrypted manifest: markup for a name, text/html for a type, a path, a control
// character. The page must show each name as text, inject nothing, and save each file under a plain name
// with its bytes untouched, never opening it (PrivateBin's advisories were attachment names rendered as HTML).
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { CreateSecretResult } from "../protocol/api";
import { envelopeUpload, sealSecret } from "../protocol/envelope";
import { deriveFileKey, sealChunk } from "../protocol/file-stream";
import { launchBrowser, newProfile } from "./browser";
import { signUp } from "./flows";

const origin = inject("origin");
let browser: Browser;
let creator: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  creator = await (await newProfile(browser, { baseURL: origin })).newPage();
  await signUp(creator);
});
afterAll(async () => browser?.close());

const MARKUP = `<img src=x onerror="document.title='pwned'">.html`;
const PATH = "../../.ssh/authorized_keys\u0007";
const SCRIPT = new TextEncoder().encode("<script>document.title='pwned'</script>\n");
const KEY = new TextEncoder().encode("ssh-ed25519 AAAA... deploy@ci\n");

/** A secret with these files, made as a hostile sender could: through the API, each file one sealed chunk. */
async function hostileSecret(): Promise<string> {
  const files = [
    { name: MARKUP, type: "text/html", size: SCRIPT.length, bytes: SCRIPT },
    { name: PATH, type: "application/x-msdownload", size: KEY.length, bytes: KEY },
  ];
  const sealed = await sealSecret({
    text: "two files",
    files: files.map(({ name, type, size }) => ({ name, type, size })),
  });
  const key = await deriveFileKey(sealed.linkKey);
  const chunks = await Promise.all(files.map((file, i) => sealChunk(key, i, true, file.bytes)));
  const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const created = await creator.request.post("/api/secrets", {
    headers: { origin },
    data: { ...envelopeUpload(sealed), files: { bytes } },
  });
  expect(created.status()).toBe(201);
  const { secret, uploadToken = "" } = (await created.json()) as CreateSecretResult;
  const upload = { origin, "x-upload-token": uploadToken, "content-type": "application/octet-stream" };
  for (const [i, chunk] of chunks.entries()) {
    const stored = await creator.request.post(`/api/secrets/${secret.id}/chunks/${i}`, {
      headers: upload,
      data: Buffer.from(chunk),
    });
    expect(stored.status()).toBe(200);
  }
  expect((await creator.request.post(`/api/secrets/${secret.id}/complete`, { headers: upload })).status()).toBe(200);
  return `${secret.url}#${sealed.linkKey}`;
}

describe("hostile file names on the recipient page", () => {
  it("shows markup and paths as text, injects nothing, and saves each file under a plain name, bytes untouched", async () => {
    const link = await hostileSecret();
    const recipient = await (await newProfile(browser, { baseURL: origin, acceptDownloads: true })).newPage();
    const problems: string[] = [];
    recipient.on("pageerror", (error) => problems.push(error.message));
    await recipient.goto(link);
    await recipient.getByRole("button", { name: "View Secret" }).click();
    const files = recipient.getByRole("region", { name: "Files" });
    // Each name stands on the page as the very characters the sender typed.
    await files.getByText(MARKUP, { exact: true }).waitFor();
    expect(await files.getByText("../../.ssh/authorized_keys", { exact: false }).count()).toBe(1);
    expect(await recipient.locator("img").count()).toBe(0);

    for (const [name, saved, bytes] of [
      [MARKUP, "_img src=x onerror=_document.title='pwned'__.html", SCRIPT],
      // The page names it `.._.._.ssh_authorized_keys_`; Chromium then drops the leading dot as well.
      [PATH, /^[^./\\]+\.\._\.ssh_authorized_keys_$/, KEY],
    ] as const) {
      await recipient.evaluate(() => Reflect.deleteProperty(window, "showSaveFilePicker"));
      const download = recipient.waitForEvent("download");
      await files.getByRole("button", { name: `Download ${name}` }).click();
      const file = await download;
      if (typeof saved === "string") expect(file.suggestedFilename()).toBe(saved);
      else expect(file.suggestedFilename()).toMatch(saved);
      expect(new Uint8Array(readFileSync((await file.path()) ?? ""))).toEqual(bytes);
    }
    // Saved, never opened: no page ran the file's script, none was opened beside this one.
    expect(await recipient.title()).not.toBe("pwned");
    expect(recipient.context().pages()).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});
