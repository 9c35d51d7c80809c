// share --file and open --output on a bad connection: a proxy between the CLI and the app drops one upload
// before the app sees it and loses the answer to another after the app stored it, then drops one download
// and answers another with a 503; the CLI resumes or tries again each time, and every byte arrives.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newAccount, runCli } from "./cli-harness";

const origin = inject("origin");
let env: Record<string, string>;
let proxy: Server;
let proxyOrigin: string;
/** How each chunk download fared at the proxy, in order: "dropped", "503" or "passed". */
const chunkLog: string[] = [];
/** How each chunk upload fared: "dropped" (never reached the app), "answer lost" (stored, unanswered), "passed". */
const uploadLog: string[] = [];

/** Forwards everything to the app, but for the first download of chunk 0 (dropped) and of chunk 1 (503). */
function startProxy(): Promise<Server> {
  const target = new URL(origin);
  const failed = new Set<string>();
  const failedUploads = new Set<string>();
  const server = createServer((incoming, outgoing) => {
    const chunk = /\/chunks\/(\d+)$/.exec(incoming.url ?? "")?.[1];
    const upload = incoming.method === "POST" && chunk !== undefined;
    const firstTry = upload && !failedUploads.has(chunk) && Number(chunk) < 2;
    if (upload) failedUploads.add(chunk);
    if (upload) uploadLog.push(firstTry ? (chunk === "0" ? "dropped" : "answer lost") : "passed");
    if (firstTry && chunk === "0") {
      incoming.socket.destroy();
      return;
    }
    if (incoming.method === "GET" && chunk !== undefined && !failed.has(chunk) && Number(chunk) < 2) {
      failed.add(chunk);
      chunkLog.push(chunk === "0" ? "dropped" : "503");
      if (chunk === "0") incoming.socket.destroy();
      else outgoing.writeHead(503, { "content-type": "text/html" }).end("<h1>Service Unavailable</h1>");
      return;
    }
    if (incoming.method === "GET" && chunk !== undefined) chunkLog.push("passed");
    const forwarded = request(
      { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method },
      (answer) => {
        // Chunk 1's first upload: the app has stored it, and its answer never reaches the CLI.
        if (firstTry) return void incoming.socket.destroy();
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined && name !== "host") forwarded.setHeader(name, value);
    }
    forwarded.setHeader("host", target.host);
    forwarded.on("error", () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

beforeAll(async () => {
  const { token } = await newAccount(origin, "cli-retry");
  env = { ONCELINK_URL: origin, ONCELINK_TOKEN: token };
  proxy = await startProxy();
  const address = proxy.address();
  if (address === null || typeof address === "string") throw new Error("no proxy port");
  proxyOrigin = `http://127.0.0.1:${address.port}`;
});

afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

describe("share --file and open --output through a connection that fails now and then", () => {
  it("tries a dropped chunk and a 503 again, and saves every file byte for byte", async () => {
    const source = mkdtempSync(join(tmpdir(), "oncelink-retry-src-"));
    writeFileSync(join(source, "first.key"), "first file\n");
    writeFileSync(join(source, "second.key"), "second file\n");
    const shared = await runCli(["share", "--file", join(source, "first.key"), "--file", join(source, "second.key")], {
      input: "two files",
      env,
    });
    expect(shared.code).toBe(0);
    // The same secret, reached through the proxy: the link's origin is where open goes.
    const link = shared.stdout.toString().trim().replace(origin, proxyOrigin);

    const out = mkdtempSync(join(tmpdir(), "oncelink-retry-out-"));
    const opened = await runCli(["open", link, "--output", out], { env: { ONCELINK_URL: "", ONCELINK_TOKEN: "" } });
    expect(opened.stderr).toBe(`Saved ${join(out, "first.key")}\nSaved ${join(out, "second.key")}\n`);
    expect(opened.code).toBe(0);
    expect(opened.stdout.toString()).toBe("two files");
    expect(readFileSync(join(out, "first.key"), "utf8")).toBe("first file\n");
    expect(readFileSync(join(out, "second.key"), "utf8")).toBe("second file\n");
    expect(chunkLog).toEqual(["dropped", "passed", "503", "passed"]);
  });

  it("resumes an upload whose chunk was dropped, and one whose answer was lost after the app stored it", async () => {
    const source = mkdtempSync(join(tmpdir(), "oncelink-resume-src-"));
    const content = randomBytes(1536 * 1024); // two chunks: 1 MiB and half of one
    writeFileSync(join(source, "backup.p12"), content);
    const shared = await runCli(["share", "--file", join(source, "backup.p12")], {
      env: { ...env, ONCELINK_URL: proxyOrigin },
    });
    expect(shared.stderr).toBe("");
    expect(shared.code).toBe(0);
    expect(uploadLog).toEqual(["dropped", "passed", "answer lost", "passed"]);

    // Opened straight from the app: what it stored is the file, whole and once.
    const link = shared.stdout.toString().trim().replace(proxyOrigin, origin);
    const out = mkdtempSync(join(tmpdir(), "oncelink-resume-out-"));
    const opened = await runCli(["open", link, "--output", out], { env: { ONCELINK_URL: "", ONCELINK_TOKEN: "" } });
    expect(opened.code).toBe(0);
    expect(readFileSync(join(out, "backup.p12")).equals(content)).toBe(true);
  });
});
