import type { Context } from "hono";
import { Hono } from "hono";
import * as z from "zod";
import { MAX_STORAGE_DELAY_MS, readStorageMeter, resetStorageMeter, storageMeterAllowed } from "../dev/storage-meter";
import type { AppEnv } from "../env";
import { clientIp } from "../http/client-ip";
import { invalidInput } from "../http/errors";
import { readDevOutbox, renderDevOutbox } from "../mail/dev-outbox";

/** 127.0.0.0/8 and ::1: the address a caller on this machine has. */
const LOOPBACK_ADDRESS = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

const fromThisMachine = (c: Context<AppEnv>) => LOOPBACK_ADDRESS.test(clientIp(c.req.raw));

/** The bench's storage meter (dev/storage-meter.ts): only on a local app, only for a caller on this machine. */
const meterOpen = (c: Context<AppEnv>) => storageMeterAllowed(c.env) && fromThisMachine(c);

const meterSettings = z.object({ delayMs: z.number().int().min(0).max(MAX_STORAGE_DELAY_MS) }).strict();

/**
 * Development pages: only with the outbox transport, only for a caller on this machine, 404 for everyone
 * else. The caller's address decides, not the Host header, which any client can write. In production
 * Cloudflare sets CF-Connecting-IP itself, so no remote caller can claim a loopback address.
 */
export const devRoutes = new Hono<AppEnv>()
  .get("/outbox", async (c) => {
    if (c.var.config.MAIL_TRANSPORT !== "outbox" || !fromThisMachine(c)) return c.notFound();
    return c.html(renderDevOutbox(await readDevOutbox(c.env.KV)));
  })
  .get("/storage-meter", (c) => (meterOpen(c) ? c.json(readStorageMeter()) : c.notFound()))
  // JSON only: a page elsewhere cannot send that to localhost without a preflight it would fail.
  .post("/storage-meter", async (c) => {
    if (!meterOpen(c)) return c.notFound();
    if (c.req.header("content-type") !== "application/json") throw invalidInput("send application/json");
    const parsed = meterSettings.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw invalidInput(`delayMs: a whole number of ms from 0 to ${MAX_STORAGE_DELAY_MS}`);
    resetStorageMeter(parsed.data.delayMs);
    return c.json(readStorageMeter());
  });
