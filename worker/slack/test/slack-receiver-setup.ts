// A local stand-in for Slack, run by vitest in Node (globalSetup) so the Worker under test reaches it over
// real HTTP: Slack's Web API (views.open, chat.postMessage) under /api and response_url posts under /hooks.
// Everything it receives is kept and read back by the tests at GET /received. Paths under /failing answer
// as Slack does when a call is refused ({ok: false}), so retries can be proven.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { TestProject } from "vitest/node";

export interface ReceivedCall {
  path: string;
  authorization: string | null;
  contentType: string | null;
  body: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    slackReceiver: string;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

let server: Server | undefined;

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const received: ReceivedCall[] = [];
  server = createServer(async (request, response) => {
    const path = request.url ?? "/";
    if (request.method === "GET" && path === "/received") {
      response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(received));
      return;
    }
    const body = await readBody(request);
    received.push({
      path,
      authorization: request.headers.authorization ?? null,
      contentType: request.headers["content-type"] ?? null,
      body,
    });
    const refused = path.startsWith("/failing/");
    if (path.includes("/hooks/")) {
      response.writeHead(refused ? 404 : 200, { "Content-Type": "text/plain" }).end(refused ? "expired_url" : "ok");
      return;
    }
    const answer = refused ? { ok: false, error: "channel_not_found" } : { ok: true };
    response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the Slack receiver has no port");
  project.provide("slackReceiver", `http://127.0.0.1:${address.port}`);
  return () => new Promise<void>((resolve) => server?.close(() => resolve()));
}
