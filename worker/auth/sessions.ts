// Browser sessions: a split token in an HttpOnly cookie, its hash in D1.
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { User } from "../../protocol/api";
import type { PendingStep } from "../../protocol/enums";
import type { Database } from "../db/client";
import { deleteSessionById, findLiveSession, insertSession, touchSession } from "../db/sessions";
import type { AppEnv } from "../env";
import { acceptCredential } from "./accept-credential";
import { formatSplitToken, newSplitToken, parseSplitToken, type SplitToken } from "./split-token";

/** `__Host-` pins the cookie to this host and path; browsers accept it only with Secure, so not on http://localhost. */
function sessionCookieName(requestUrl: string): string {
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

/** `pending`: the session passed the password step only, and opens nothing but the next step (current-user.ts). */
export async function createSession(
  c: Context<AppEnv>,
  userId: string,
  pending: PendingStep | null = null,
): Promise<void> {
  const session = await prepareSession(c, userId, pending);
  await session.insert;
  session.setCookie();
}

/**
 * A new session as a statement, to run in a batch with what it belongs to (sign-in: its audit event), and
 * the cookie to set once the batch has landed.
 */
export async function prepareSession(c: Context<AppEnv>, userId: string, pending: PendingStep | null = null) {
  const token = await newSplitToken();
  const ttlSeconds = c.var.config.SESSION_TTL_SECONDS;
  const insert = insertSession(c.var.db, {
    id: token.id,
    secretHash: token.secretHash,
    userId,
    expiresAt: new Date(Date.now() + ttlSeconds * 1000),
    lastSeenAt: new Date(),
    pending,
  });
  return { insert, setCookie: () => writeCookie(c, formatSplitToken(token), ttlSeconds) };
}

/** The delete of the session this request presented, as a statement for a batch; null without one. */
export function presentedSessionDelete(c: Context<AppEnv>) {
  const token = readSessionToken(c);
  return token ? deleteSessionById(c.var.db, token.id) : null;
}

export function readSessionToken(c: Context<AppEnv>): SplitToken | null {
  return parseSplitToken(getCookie(c, sessionCookieName(c.req.url)) ?? "");
}

/** Refreshing last_seen_at on every request would be a D1 write per request; this often is enough. */
const LAST_SEEN_RESOLUTION_MS = 5 * 60_000;

export interface LiveSession {
  user: User;
  /** Set while only the password step is passed. */
  pending: PendingStep | null;
  signedInAt: Date;
}

/** The session's account, unless it passed its absolute expiry or sat idle longer than SESSION_IDLE_SECONDS. */
export async function validateSession(
  db: Database,
  token: SplitToken,
  idleSeconds: number,
): Promise<LiveSession | null> {
  const now = Date.now();
  const idleMs = idleSeconds * 1000;
  const row = await findLiveSession(db, token.id, new Date(now), new Date(now - idleMs));
  const user = await acceptCredential(row, token.secret, LAST_SEEN_RESOLUTION_MS, (at) =>
    touchSession(db, token.id, at),
  );
  return user && row ? { user, pending: row.pending, signedInAt: row.signedInAt } : null;
}

/** Deletes the session this request presented, if any, on the server. */
export async function deleteSession(c: Context<AppEnv>): Promise<void> {
  const token = readSessionToken(c);
  if (token) await deleteSessionById(c.var.db, token.id);
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  await deleteSession(c);
  writeCookie(c, "", 0);
}
