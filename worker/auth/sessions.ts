// Sessions after Lucia's guide: the token is "<id>.<secret>", 128 random bits each; D1 keeps the id and
// SHA-256(secret) only, and the secret is compared in constant time after the lookup by id.
import { and, eq, gt } from "drizzle-orm";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { User } from "../../protocol/api";
import { decodeBase64Url, encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { sha256 } from "../../protocol/envelope";
import type { Database } from "../db/client";
import { sessions, users } from "../db/schema";
import type { AppEnv } from "../env";

const TOKEN_PATTERN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;

/** `__Host-` pins the cookie to this host and path; browsers accept it only with Secure, so not on http://localhost. */
export function sessionCookieName(requestUrl: string): string {
  return isLocalHttp(requestUrl) ? "oncelink_session" : "__Host-oncelink_session";
}

function isLocalHttp(requestUrl: string): boolean {
  return new URL(requestUrl).protocol === "http:";
}

export async function createSession(c: Context<AppEnv>, userId: string): Promise<void> {
  const id = encodeBase64Url(randomBytes(16));
  const secret = randomBytes(16);
  const ttlSeconds = Number(c.env.SESSION_TTL_SECONDS) || 604_800;
  await c.var.db.insert(sessions).values({
    id,
    secretHash: encodeBase64Url(await sha256(secret)),
    userId,
    expiresAt: new Date(Date.now() + ttlSeconds * 1000),
  });
  setCookie(c, sessionCookieName(c.req.url), `${id}.${encodeBase64Url(secret)}`, {
    httpOnly: true,
    sameSite: "Lax",
    secure: !isLocalHttp(c.req.url),
    path: "/",
    maxAge: ttlSeconds,
  });
}

export function readSessionToken(c: Context<AppEnv>): { id: string; secret: string } | null {
  const match = TOKEN_PATTERN.exec(getCookie(c, sessionCookieName(c.req.url)) ?? "");
  return match?.[1] && match[2] ? { id: match[1], secret: match[2] } : null;
}

export async function validateSession(db: Database, token: { id: string; secret: string }): Promise<User | null> {
  const [row] = await db
    .select({ secretHash: sessions.secretHash, id: users.id, email: users.email, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, token.id), gt(sessions.expiresAt, new Date())));
  if (!row) return null;
  let presented: Uint8Array<ArrayBuffer>;
  try {
    presented = await sha256(decodeBase64Url(token.secret));
  } catch {
    return null; // the right length, but not a canonical encoding of any token we gave out
  }
  if (!crypto.subtle.timingSafeEqual(presented, decodeBase64Url(row.secretHash))) return null;
  return { id: row.id, email: row.email, role: row.role };
}

/** Deletes the session this request presented, if any, on the server. */
export async function deleteSession(c: Context<AppEnv>): Promise<void> {
  const token = readSessionToken(c);
  if (token) await c.var.db.delete(sessions).where(eq(sessions.id, token.id));
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  await deleteSession(c);
  setCookie(c, sessionCookieName(c.req.url), "", {
    httpOnly: true,
    sameSite: "Lax",
    secure: !isLocalHttp(c.req.url),
    path: "/",
    maxAge: 0,
  });
}
