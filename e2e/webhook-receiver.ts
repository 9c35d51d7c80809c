// A real HTTP receiver for webhook deliveries on a random local port: the workerd suite's global setup (its
// port through inject("webhookReceiverPort")) and the browser suite's webhooks test. The first path segment
// picks its answer: /ok 204, /fail 500, /redirect 302, /big 200 with a body that never ends (a sender that
// read it all would wait for its 10 s timeout), /slow no answer for 12 s. GET /received/<name> answers what arrived under /<mode>/<name>, as JSON.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

export interface ReceivedRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

const received = new Map<string, ReceivedRequest[]>();

function answer(mode: string, res: ServerResponse): void {
  if (mode === "ok") res.writeHead(204).end();
  else if (mode === "redirect") res.writeHead(302, { location: "/ok/redirected" }).end();
  else if (mode === "big") endless(res);
  else if (mode === "slow") setTimeout(() => res.writeHead(204).end(), 12_000);
  else res.writeHead(500).end("failing on purpose");
}

/** 200, then bytes as fast as the reader takes them until it hangs up (or a minute has passed). */
function endless(res: ServerResponse): void {
  const piece = "x".repeat(16 * 1024);
  res.writeHead(200, { "content-type": "text/plain" });
  const pump = () => {
    while (!res.destroyed && res.write(piece)) {}
  };
  res.on("drain", pump);
  const stop = setTimeout(() => res.end(), 60_000);
  res.on("close", () => clearTimeout(stop));
  pump();
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const [, mode = "", name = ""] = (req.url ?? "/").split("/");
  if (req.method === "GET" && mode === "received") {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(received.get(name) ?? []));
    return;
  }
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([key, value]) => [key, String(value)]));
    received.set(name, [...(received.get(name) ?? []), { path: req.url ?? "/", headers, body }]);
    answer(mode, res);
  });
}

export interface WebhookReceiver {
  port: number;
  /** What arrived under /<mode>/<name>, oldest first. */
  received: (name: string) => ReceivedRequest[];
  close: () => Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received: (name) => received.get(name) ?? [],
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let running: WebhookReceiver | undefined;

export async function setup(project: TestProject): Promise<void> {
  running = await startWebhookReceiver();
  project.provide("webhookReceiverPort", running.port);
}

export async function teardown(): Promise<void> {
  await running?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    webhookReceiverPort: number;
  }
}
