// Files end to end in Chromium (PROTOCOL 2.2): a 20 MiB random file, a small one and a note go in through the
// create form (the connection dropping once mid-upload); another profile reveals them and saves each, one
// streamed to disk through the save-file picker, one through the download fallback; the saved bytes hash
// the same as the originals, and the encrypting, uploading, downloading and decrypting bars are seen on their
// way. A second open finds nothing, too large a file is refused at the field, and files dropped on it are taken.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { signUp } from "./flows";

const origin = inject("origin");
const MiB = 1024 * 1024;
let browser: Browser;
let creator: Page;
let dir: string;

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  browser = await launchBrowser();
  creator = await (await newProfile(browser, { baseURL: origin })).newPage();
  await signUp(creator);
  dir = mkdtempSync(join(tmpdir(), "oncelink-files-"));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A recipient whose "save as" dialog picks a file in the origin's private file system, where the test reads it. */
async function recipientPage(): Promise<Page> {
  const profile = await newProfile(browser, { baseURL: origin, acceptDownloads: true });
  await profile.addInitScript(() => {
    Object.assign(window, {
      showSaveFilePicker: async ({ suggestedName }: { suggestedName: string }) =>
        (await navigator.storage.getDirectory()).getFileHandle(suggestedName, { create: true }),
    });
  });
  return profile.newPage();
}

/** SHA-256 (hex) of a file the picker saved in the origin private file system. */
function savedDigest(page: Page, name: string): Promise<string> {
  return page.evaluate(async (fileName) => {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle(fileName)).getFile();
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await file.arrayBuffer()));
    return [...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  }, name);
}

function savedSize(page: Page, name: string): Promise<number> {
  return page.evaluate(
    async (fileName) => (await (await (await navigator.storage.getDirectory()).getFileHandle(fileName)).getFile()).size,
    name,
  );
}

describe("files in a secret", () => {
  it("uploads a 20 MiB file and a small one with a note, and a recipient downloads both byte-identical", async () => {
    const big = randomBytes(20 * MiB);
    const small = new TextEncoder().encode("apiVersion: v1\nkind: Config\n");
    writeFileSync(join(dir, "cluster.bin"), big);
    writeFileSync(join(dir, "kubeconfig.yaml"), small);
    writeFileSync(join(dir, "unwanted.txt"), "not this one");

    await creator.goto("/");
    await creator.getByRole("button", { name: "+ Create Secret" }).click();
    const dialog = creator.getByRole("dialog");
    await dialog.getByText("Up to 100 MB in all.", { exact: false }).waitFor();
    await dialog.getByLabel("Secret Text").fill("the cluster's files");
    await dialog
      .getByLabel("Files")
      .setInputFiles([join(dir, "cluster.bin"), join(dir, "kubeconfig.yaml"), join(dir, "unwanted.txt")]);
    const list = dialog.getByRole("list", { name: "Attached files" });
    await list.getByText("20 MB", { exact: true }).waitFor();
    await list.getByText("28 bytes").waitFor();
    await dialog.getByRole("button", { name: "Remove unwanted.txt" }).click();
    expect(await list.getByText("unwanted.txt").count()).toBe(0);

    // Each chunk's upload takes a moment longer, so the bars are seen on their way (the machine is fast).
    await creator.route(/\/api\/secrets\/[^/]+\/chunks\/\d+$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      await route.fallback();
    });
    // Chunk 5 reaches the server, but its answer is lost: the page retries, hears 409 with nextIndex 6, goes on.
    let dropped = false;
    await creator.route(/\/api\/secrets\/[^/]+\/chunks\/5$/, async (route) => {
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort("connectionreset");
    });
    const completes: number[] = [];
    creator.on("response", (response) => response.url().endsWith("/complete") && completes.push(response.status()));
    await dialog.getByRole("button", { name: "Create Secret", exact: true }).click();
    // Both bars, with sizes against 20 MB and the time left, and the upload's bar moving.
    await dialog
      .getByText(/^Encrypting .+ of 20 MB/)
      .first()
      .waitFor();
    const uploading = dialog.getByText(/^Uploading .+ of 20 MB · about .+ left$/);
    await uploading.waitFor();
    const uploaded = dialog.locator("progress#upload-progress");
    const before = Number(await uploaded.getAttribute("value"));
    await expect.poll(async () => Number(await uploaded.getAttribute("value"))).toBeGreaterThan(before);
    expect(Number(await uploaded.getAttribute("max"))).toBeGreaterThan(20 * MiB);
    await dialog.getByText("Secret created.").waitFor({ timeout: 60_000 });
    await creator.unrouteAll();
    expect(dropped).toBe(true);
    expect(completes).toEqual([200]);
    const link = await dialog.getByLabel("Share link").inputValue();

    const recipient = await recipientPage();
    await recipient.goto(link);
    await recipient.getByRole("button", { name: "View Secret" }).click();
    expect(await recipient.getByLabel("Secret", { exact: true }).inputValue()).toBe("the cluster's files");
    const files = recipient.getByRole("region", { name: "Files" });
    await files.getByText("cluster.bin").waitFor();
    await files.getByText("20 MB").waitFor();

    // A chunk altered on its way does not open: the download stops loudly and the file it began stays empty.
    await recipient.route(
      /\/api\/secrets\/[^/]+\/chunks\/3$/,
      async (route) => {
        const response = await route.fetch();
        const body = await response.body();
        body[100] = (body[100] ?? 0) ^ 1;
        await route.fulfill({ response, body });
      },
      { times: 1 },
    );
    await files.getByRole("button", { name: "Download cluster.bin" }).click();
    await files.getByText("File chunk 3 is damaged or out of place: the download was stopped.").waitFor();
    expect(await savedSize(recipient, "cluster.bin")).toBe(0);

    // Streamed to disk through the save dialog, chunks slowed so its two bars are seen on their way.
    await recipient.route(/\/api\/secrets\/[^/]+\/chunks\/\d+$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      await route.fallback();
    });
    await files.getByRole("button", { name: "Download cluster.bin" }).click();
    await files.getByText(/^Downloading .+ of 20 MB( · about .+ left)?$/).waitFor();
    await files.getByText(/^Decrypting .+ of 20 MB( · about .+ left)?$/).waitFor();
    await files.getByText("Saved cluster.bin.").waitFor({ timeout: 60_000 });
    expect(await savedDigest(recipient, "cluster.bin")).toBe(sha256(big));
    await recipient.unrouteAll();

    // A browser without the save dialog: the decrypted chunks become a download.
    await recipient.evaluate(() => Reflect.deleteProperty(window, "showSaveFilePicker"));
    const download = recipient.waitForEvent("download");
    await files.getByRole("button", { name: "Download kubeconfig.yaml" }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe("kubeconfig.yaml");
    expect(sha256(readFileSync((await saved.path()) ?? ""))).toBe(sha256(small));

    // Released once: a second open of the link finds nothing.
    const again = await recipientPage();
    await again.goto(link);
    await again.getByText("Secret not found or has already been viewed").waitFor();
  });

  it("refuses a file over the limit at the field, before anything is encrypted or sent", async () => {
    const path = join(dir, "too-big.iso");
    writeFileSync(path, "");
    truncateSync(path, 101 * MiB);
    await creator.goto("/");
    const posts: string[] = [];
    creator.on("request", (request) => request.method() === "POST" && posts.push(request.url()));
    await creator.getByRole("button", { name: "+ Create Secret" }).click();
    const dialog = creator.getByRole("dialog");
    await dialog.getByText("Up to 100 MB in all.", { exact: false }).waitFor();
    await dialog.getByLabel("Files").setInputFiles(path);
    await dialog.getByText("Too large: too-big.iso would make 101 MB of files, over the limit of 100 MB.").waitFor();
    expect(await dialog.getByRole("list", { name: "Attached files" }).count()).toBe(0);
    expect(posts).toEqual([]);
  });

  it("takes files dropped on the field, as a mouse drops them from the desktop", async () => {
    await creator.goto("/");
    await creator.getByRole("button", { name: "+ Create Secret" }).click();
    const dialog = creator.getByRole("dialog");
    const zone = dialog.locator("fieldset.file-drop");
    const files = await creator.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(["KEY=1\n"], ".env", { type: "text/plain" }));
      transfer.items.add(new File([new Uint8Array(2048)], "client.p12"));
      return transfer;
    });
    await zone.dispatchEvent("dragover", { dataTransfer: files });
    await expect.poll(() => zone.getAttribute("class")).toContain("file-drop-active");
    await zone.dispatchEvent("drop", { dataTransfer: files });
    const list = dialog.getByRole("list", { name: "Attached files" });
    await list.getByText(".env").waitFor();
    await list.getByText("client.p12").waitFor();
    await expect.poll(() => zone.getAttribute("class")).not.toContain("file-drop-active");
  });
});
