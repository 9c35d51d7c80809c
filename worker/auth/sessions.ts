// Browser sessions: a split token in an HttpOnly cookie, its hash in D1.
import { and, eq, gt } from "drizzle-orm";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { User } from "../../protocol/api";
import type { Database } from "../db/client";
import { sessions, users } from "../db/schema";
import type { AppEnv } from "../env";
import { presentUser } from "./present-user";
import { formatSplitToken, newSplitToken, parseSplitToken, type SplitToken, secretMatches } from "./split-token";

/** `__Host-` pins the cookie to this host and path; browsers accept it only with Secure, so not on http://localhost. */
export function sessionCookieName(requestUrl: string): string {
  return isLocalHttp(requestUrl) ? "oncelink_session" : "__Host-oncelink_session";
}

function isLocalHttp(requestUrl: string): boolean {
  return new URL(requestUrl).protocol === "http:";
}

function writeCookie(c: Context<AppEnv>, value: string, maxAge: number): void {
  setCookie(c, sessionCookieName(c.req.url), value, {
    httpOnly: true,
    sameSite: "Lax",
    secure: !isLocalHttp(c.req.url),
    path: "/",
    maxAge,
  });
}

export async function createSession(c: Context<AppEnv>, userId: string): Promise<void> {
  const token = await newSplitToken();
  const ttlSeconds = c.var.config.SESSION_TTL_SECONDS;
  await c.var.db.insert(sessions).values({
    id: token.id,
    secretHash: token.secretHash,
    userId,
    expiresAt: new Date(Date.now() + ttlSeconds * 1000),
    lastSeenAt: new Date(),
  });
  writeCookie(c, formatSplitToken(token), ttlSeconds);
}

export function readSessionToken(c: Context<AppEnv>): SplitToken | null {
  return parseSplitToken(getCookie(c, sessionCookieName(c.req.url)) ?? "");
}

/** Refreshing last_seen_at on every request would be a D1 write per request; this often is enough. */
const LAST_SEEN_RESOLUTION_MS = 5 * 60_000;

/** The session's account, unless it passed its absolute expiry or sat idle longer than SESSION_IDLE_SECONDS. */
export async function validateSession(db: Database, token: SplitToken, idleSeconds: number): Promise<User | null> {
  const now = Date.now();
  const idleMs = idleSeconds * 1000;
  const [row] = await db
    .select({
      secretHash: sessions.secretHash,
      lastSeenAt: sessions.lastSeenAt,
      id: users.id,
      email: users.email,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, token.id),
        gt(sessions.expiresAt, new Date(now)),
        gt(sessions.lastSeenAt, new Date(now - idleMs)),
      ),
    );
  if (!row || !(await secretMatches(token.secret, row.secretHash))) return null;
  if (now - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, token.id));
  }
  return presentUser(row);
}

/** Deletes the session this request presented, if any, on the server. */
export async function deleteSession(c: Context<AppEnv>): Promise<void> {
  const token = readSessionToken(c);
  if (token) await c.var.db.delete(sessions).where(eq(sessions.id, token.id));
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  await deleteSession(c);
  writeCookie(c, "", 0);
}
