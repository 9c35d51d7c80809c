// open --output on a bad connection: a proxy between the CLI and the app drops the answer to one chunk once
// and answers another with a 503 once; the CLI tries each again and saves both files byte for byte.
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

/** Forwards everything to the app, but for the first download of chunk 0 (dropped) and of chunk 1 (503). */
function startProxy(): Promise<Server> {
  const target = new URL(origin);
  const failed = new Set<string>();
  const server = createServer((incoming, outgoing) => {
    const chunk = /\/chunks\/(\d+)$/.exec(incoming.url ?? "")?.[1];
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

describe("open --output through a connection that fails now and then", () => {
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
});
