// The dashboard's live feed end to end: real upgrades through the Worker, a real AccountFeed with hibernating
// sockets, and the real changes (create, reveal, burn, expiry by alarm and by cron) that must reach it.
import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  type CreatedApiToken,
  FEED_CHANGED,
  FEED_CREDENTIAL_ENDED,
  FEED_PING,
  FEED_PONG,
  type SecretPage,
} from "../../../protocol/api";
import { expireOverdue } from "../../cron/expire-secrets";
import { api, createSecret, errorOf, ORIGIN, postJson, reveal, STRONG_PASSWORD, signUp } from "../../test/client";
import { pastExpiry } from "../../test/vault-clock";
import { vaultFor } from "../../vault/vault-for";

/** A socket's messages as they come, and a way to wait for the next one. */
class FeedSocket {
  readonly messages: string[] = [];
  readonly closed: Promise<number>;
  private waiting: (() => void)[] = [];

  constructor(readonly socket: WebSocket) {
    socket.accept();
    socket.addEventListener("message", (event) => {
      this.messages.push(String(event.data));
      for (const wake of this.waiting.splice(0)) wake();
    });
    this.closed = new Promise((resolve) => socket.addEventListener("close", (event) => resolve(event.code)));
  }

  /** Resolves once `count` messages have arrived; the test's own timeout is the only limit. */
  async received(count: number): Promise<string[]> {
    while (this.messages.length < count) await new Promise<void>((wake) => this.waiting.push(wake));
    return this.messages.slice(0, count);
  }
}

function upgrade(headers: Record<string, string>): Promise<Response> {
  return api("/api/secrets/live", { headers: { Upgrade: "websocket", ...headers } });
}

async function openFeed(cookie: string): Promise<FeedSocket> {
  const res = await upgrade({ Cookie: cookie, Origin: ORIGIN });
  expect(res.status).toBe(101);
  if (!res.webSocket) throw new Error("a 101 without a WebSocket");
  return new FeedSocket(res.webSocket);
}

const listOf = async (cookie: string) => (await api("/api/secrets?status=all", { cookie })).json<SecretPage>();

describe("the dashboard's live feed", () => {
  it("tells the owner's open sockets of each create, view and burn, after D1 has it, and no one else", async () => {
    const owner = await signUp();
    const stranger = await signUp();
    const [mine, secondTab, theirs] = await Promise.all([
      openFeed(owner.cookie),
      openFeed(owner.cookie),
      openFeed(stranger.cookie),
    ]);

    const created = await createSecret(owner, { name: "pushed" });
    expect(await mine.received(1)).toEqual([FEED_CHANGED]);
    expect(await secondTab.received(1)).toEqual([FEED_CHANGED]);

    expect((await reveal(created.secret.id, created.proof)).status).toBe(200);
    await mine.received(2);
    // The vault told D1 first, then the feed: the refetch a notice causes already sees the view.
    const viewed = (await listOf(owner.cookie)).items.find((s) => s.id === created.secret.id);
    expect(viewed?.status).toBe("viewed");
    expect(viewed?.recentViews).toHaveLength(1);

    const burnable = await createSecret(owner);
    await mine.received(3);
    expect((await api(`/api/secrets/${burnable.secret.id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(
      204,
    );
    expect(await mine.received(4)).toEqual(Array(4).fill(FEED_CHANGED));
    expect((await listOf(owner.cookie)).counts).toMatchObject({ viewed: 1, burned: 1 });

    // Messages on one socket keep their order: a pong after all that means nothing else is on its way.
    theirs.socket.send(FEED_PING);
    expect(await theirs.received(1)).toEqual([FEED_PONG]);
    expect(theirs.messages).toEqual([FEED_PONG]);
  });

  it("tells the owner when a secret expires, by its vault's alarm and by the cron's sweep", async () => {
    const owner = await signUp();
    const feed = await openFeed(owner.cookie);
    const byAlarm = await createSecret(owner);
    await createSecret(owner);
    await feed.received(2);

    const vault = vaultFor(env, byAlarm.secret.id);
    await pastExpiry(byAlarm.secret.id, { ago: 1000 });
    expect(await runDurableObjectAlarm(vault)).toBe(true);
    await feed.received(3);
    expect((await listOf(owner.cookie)).counts.expired).toBe(1);

    // The sweep, run as if two hours from now: D1 marks the second one expired and its owner hears of it.
    expect(await expireOverdue(env, new Date(Date.now() + 7_200_000))).toBe(1);
    expect(await feed.received(4)).toEqual(Array(4).fill(FEED_CHANGED));
    expect((await listOf(owner.cookie)).counts.expired).toBe(2);
  });

  it("answers pings without a change, takes a bearer token without an Origin, and closes when it is revoked", async () => {
    const owner = await signUp();
    const minted = await postJson("/api/tokens", { name: "feed" }, owner);
    const { id, token } = await minted.json<CreatedApiToken>();
    const res = await upgrade({ Authorization: `Bearer ${token}` });
    expect(res.status).toBe(101);
    if (!res.webSocket) throw new Error("a 101 without a WebSocket");
    const feed = new FeedSocket(res.webSocket);
    const browser = await openFeed(owner.cookie);
    feed.socket.send(FEED_PING);
    expect(await feed.received(1)).toEqual([FEED_PONG]);
    await createSecret(owner);
    expect(await feed.received(2)).toEqual([FEED_PONG, FEED_CHANGED]);

    expect((await api(`/api/tokens/${id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(204);
    expect(await feed.closed).toBe(FEED_CREDENTIAL_ENDED);
    // The browser's session did not end: its socket still hears of changes.
    await createSecret(owner);
    expect(await browser.received(2)).toEqual([FEED_CHANGED, FEED_CHANGED]);
  });

  it("closes the sockets of a session that signs out, and every socket at a password change", async () => {
    const owner = await signUp();
    const other = await postJson("/api/auth/login", { email: owner.user.email, password: STRONG_PASSWORD });
    const otherCookie = other.headers.get("Set-Cookie")?.split(";")[0] ?? "";
    const [leaving, staying] = await Promise.all([openFeed(owner.cookie), openFeed(otherCookie)]);

    expect((await api("/api/auth/logout", { method: "POST", cookie: owner.cookie })).status).toBe(204);
    expect(await leaving.closed).toBe(FEED_CREDENTIAL_ENDED);
    expect((await upgrade({ Cookie: owner.cookie, Origin: ORIGIN })).status).toBe(401);
    await createSecret({ cookie: otherCookie });
    expect(await staying.received(1)).toEqual([FEED_CHANGED]);

    const change = { currentPassword: STRONG_PASSWORD, newPassword: `${STRONG_PASSWORD} rotated` };
    expect((await postJson("/api/auth/password", change, { cookie: otherCookie })).status).toBe(204);
    expect(await staying.closed).toBe(FEED_CREDENTIAL_ENDED);
  });

  it("keeps at most 100 sockets per account, closing one for each past that", async () => {
    const owner = await signUp();
    const feeds: FeedSocket[] = [];
    for (let i = 0; i < 101; i++) feeds.push(await openFeed(owner.cookie));
    await createSecret(owner);
    const outcomes = await Promise.all(
      feeds.map((feed) => Promise.race([feed.closed.then((code) => `closed ${code}`), feed.received(1).then(String)])),
    );
    expect(outcomes.filter((outcome) => outcome === "closed 1008")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === FEED_CHANGED)).toHaveLength(100);
  });

  it("refuses a caller without a session, a page of another site, and a request that is no upgrade", async () => {
    const owner = await signUp();
    const anonymous = await upgrade({ Origin: ORIGIN });
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe("unauthenticated");

    // Cross-site WebSocket hijacking: the browser attaches the cookie, but the Origin names the other site.
    for (const origin of ["https://evil.example", "https://oncelink.test.evil.example", "null"]) {
      const hijack = await upgrade({ Cookie: owner.cookie, Origin: origin });
      expect(hijack.status, origin).toBe(403);
      expect((await errorOf(hijack)).code).toBe("csrf");
    }
    const noOrigin = await upgrade({ Cookie: owner.cookie });
    expect(noOrigin.status).toBe(403);

    const plain = await api("/api/secrets/live", { cookie: owner.cookie, headers: { Origin: ORIGIN } });
    expect(plain.status).toBe(426);
    expect((await errorOf(plain)).code).toBe("upgrade_required");
  });
});
