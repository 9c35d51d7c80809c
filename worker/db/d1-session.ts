// Every API request runs its D1 queries in one D1 session (the Sessions API), so with read replication on
// a read may come from a nearby replica and still see what this client wrote before. The session's bookmark
// travels back to the client after each request, in a cookie for browsers and in the x-d1-bookmark header
// for API clients, and the next request starts from it. Without replication (and locally) a session is the
// primary itself: the same queries, the same answers.
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { openDatabase } from "./client";

export const D1_BOOKMARK_HEADER = "x-d1-bookmark";
export const D1_BOOKMARK_COOKIE = "oncelink_d1_bookmark";
/** Far longer than any bookmark D1 hands out (about 100 characters); anything else is not one of its own. */
const BOOKMARK = /^[0-9a-zA-Z-]{1,200}$/;
/** Long enough to span a page's requests and a write then a read; a missing bookmark costs only freshness. */
const BOOKMARK_MAX_AGE_SECONDS = 3600;

/**
 * The bookmark the client last saw, if it sent one D1 could have written (the header wins over the cookie);
 * a malformed one is ignored rather than refused, as a client without one is.
 */
export function presentedBookmark(c: Context<AppEnv>): string | null {
  const sent = c.req.header(D1_BOOKMARK_HEADER) ?? getCookie(c, D1_BOOKMARK_COOKIE);
  return sent !== undefined && BOOKMARK.test(sent) ? sent : null;
}

/**
 * Where a request's first query may run without a bookmark: reads (GET, HEAD: dashboard, audit, session)
 * on any replica, changes on the primary. With a bookmark, anywhere at least as new as it.
 */
export function sessionConstraint(c: Context<AppEnv>): D1SessionBookmark | D1SessionConstraint {
  const bookmark = presentedBookmark(c);
  if (bookmark) return bookmark;
  return c.req.method === "GET" || c.req.method === "HEAD" ? "first-unconstrained" : "first-primary";
}

/** Puts a Drizzle client over this request's D1 session on c.var.db, and hands the new bookmark back. */
export const openD1Session = createMiddleware<AppEnv>(async (c, next) => {
  const session = c.env.DB.withSession(sessionConstraint(c));
  c.set("db", openDatabase(sessionAsDatabase(session)));
  try {
    await next();
  } finally {
    // A request that ran no query has nothing new to tell (getBookmark answers null), and sets nothing.
    const bookmark = session.getBookmark();
    if (bookmark && bookmark !== presentedBookmark(c)) {
      c.header(D1_BOOKMARK_HEADER, bookmark);
      setCookie(c, D1_BOOKMARK_COOKIE, bookmark, {
        httpOnly: true,
        sameSite: "Lax",
        secure: new URL(c.req.url).protocol === "https:",
        path: "/",
        maxAge: BOOKMARK_MAX_AGE_SECONDS,
      });
    }
  }
});

/** A session has D1's prepare and batch, all Drizzle runs; exec (migrations only) is refused. */
function sessionAsDatabase(session: D1DatabaseSession): D1Database {
  return {
    prepare: (query) => session.prepare(query),
    batch: (statements) => session.batch(statements),
    exec: () => Promise.reject(new Error("exec() does not run inside a D1 session")),
    withSession: () => session,
    dump: () => Promise.reject(new Error("dump() does not run inside a D1 session")),
  };
}
