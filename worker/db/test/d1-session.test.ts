// Each API request runs in a D1 session that starts from the bookmark the client brings (header or cookie)
// and hands the session's newest bookmark back. Local D1 implements the Sessions API: a session opened at a
// bookmark reports a bookmark at least that new, which is how these tests see the bookmark was honoured.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, signUp } from "../../test/client";
import { D1_BOOKMARK_COOKIE, D1_BOOKMARK_HEADER } from "../d1-session";

/** The primary's bookmark now, as D1 reports it after one query. */
async function currentBookmark(): Promise<string> {
  const session = env.DB.withSession("first-primary");
  await session.prepare("select 1").all();
  const bookmark = session.getBookmark();
  if (!bookmark) throw new Error("local D1 returned no bookmark");
  return bookmark;
}

/** A bookmark newer than anything D1 has written yet (the first field is the most significant). */
const FUTURE = "7fffffff-00000000-00000000-00000000000000000000000000000000";

function bookmarkCookieOf(res: Response): string | undefined {
  const line = res.headers.getSetCookie().find((cookie) => cookie.startsWith(`${D1_BOOKMARK_COOKIE}=`));
  return line?.split(";")[0]?.slice(D1_BOOKMARK_COOKIE.length + 1);
}

describe("D1 sessions and bookmarks", () => {
  it("answers a write with the session's bookmark, in the header and in an HttpOnly cookie", async () => {
    const before = await currentBookmark();
    const res = await api("/api/auth/signup", {
      method: "POST",
      body: JSON.stringify({
        email: `bookmark-${crypto.randomUUID()}@example.com`,
        password: "plum kettle orbit saxophone 42",
      }),
    });
    expect(res.status).toBe(201);
    const bookmark = res.headers.get(D1_BOOKMARK_HEADER);
    expect(bookmark).toMatch(/^[0-9a-f-]+$/);
    // The sign-up wrote, so its bookmark is past the one read before it.
    expect(bookmark && bookmark > before).toBe(true);
    expect(bookmarkCookieOf(res)).toBe(bookmark);
    const line = res.headers.getSetCookie().find((cookie) => cookie.startsWith(D1_BOOKMARK_COOKIE));
    expect(line).toContain("HttpOnly");
    expect(line).toContain("SameSite=Lax");
  });

  it("starts the session from the bookmark an API client sends in x-d1-bookmark", async () => {
    const { cookie } = await signUp();
    const res = await api("/api/secrets", { cookie, headers: { [D1_BOOKMARK_HEADER]: FUTURE } });
    expect(res.status).toBe(200);
    // D1 kept the presented bookmark as the session's newest: it was honoured, not dropped. Nothing newer
    // to tell, so nothing is set.
    expect(res.headers.get(D1_BOOKMARK_HEADER)).toBeNull();
    const plain = await api("/api/secrets", { cookie });
    expect(plain.headers.get(D1_BOOKMARK_HEADER)).not.toBe(FUTURE);
  });

  it("starts the session from the bookmark a browser's cookie carries", async () => {
    const { cookie } = await signUp();
    const past = await currentBookmark();
    const res = await api("/api/me", { cookie: `${cookie}; ${D1_BOOKMARK_COOKIE}=${past}` });
    expect(res.status).toBe(200);
    // The read ran in a session at least as new as the cookie's bookmark, and reports where it stands now.
    const now = res.headers.get(D1_BOOKMARK_HEADER);
    expect(now === null || now >= past).toBe(true);
    const future = await api("/api/me", { cookie: `${cookie}; ${D1_BOOKMARK_COOKIE}=${FUTURE}` });
    expect(future.status).toBe(200);
    expect(future.headers.get(D1_BOOKMARK_HEADER)).toBeNull();
  });

  it("ignores a malformed bookmark rather than refusing the request", async () => {
    const { cookie } = await signUp();
    for (const junk of ["not a bookmark!", "x".repeat(201), "'; drop table users; --"]) {
      const res = await api("/api/me", { cookie, headers: { [D1_BOOKMARK_HEADER]: junk } });
      expect(res.status).toBe(200);
      expect(res.headers.get(D1_BOOKMARK_HEADER)).toMatch(/^[0-9a-f-]+$/);
    }
  });

  it("sets nothing on an answer that ran no D1 query (an anonymous visitor's health check)", async () => {
    const res = await api("/api/health");
    expect(res.headers.get(D1_BOOKMARK_HEADER)).toBeNull();
    expect(bookmarkCookieOf(res)).toBeUndefined();
  });
});
