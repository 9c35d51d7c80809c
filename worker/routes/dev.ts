import { Hono } from "hono";
import type { AppEnv } from "../env";
import { clientIp } from "../http/client-ip";
import { readDevOutbox, renderDevOutbox } from "../mail/dev-outbox";

/** 127.0.0.0/8 and ::1: the address a caller on this machine has. */
const LOOPBACK_ADDRESS = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/**
 * Development pages: only with the outbox transport, only for a caller on this machine, 404 for everyone
 * else. The caller's address decides, not the Host header, which any client can write. In production
 * Cloudflare sets CF-Connecting-IP itself, so no remote caller can claim a loopback address.
 */
export const devRoutes = new Hono<AppEnv>().get("/outbox", async (c) => {
  if (c.var.config.MAIL_TRANSPORT !== "outbox" || !LOOPBACK_ADDRESS.test(clientIp(c.req.raw))) return c.notFound();
  return c.html(renderDevOutbox(await readDevOutbox(c.env.KV)));
});
