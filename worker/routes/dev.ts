import { Hono } from "hono";
import type { AppEnv } from "../env";
import { readDevOutbox, renderDevOutbox } from "../mail/dev-outbox";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Development pages: only with the outbox transport, only on a loopback host, 404 everywhere else. */
export const devRoutes = new Hono<AppEnv>().get("/outbox", async (c) => {
  if (c.env.MAIL_TRANSPORT !== "outbox" || !LOCAL_HOSTS.has(new URL(c.req.url).hostname)) return c.notFound();
  return c.html(renderDevOutbox(await readDevOutbox(c.env.KV)));
});
