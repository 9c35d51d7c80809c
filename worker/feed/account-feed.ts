// One AccountFeed per account pushes "something changed" to that account's open dashboards over WebSockets,
// so an idle dashboard asks D1 nothing. It holds no data and reads no storage: a change of the account's
// secrets calls notify() after D1 has it (feed-notice.ts), every socket gets FEED_CHANGED, and each page
// refetches its list. The Hibernation API keeps the sockets while the object sleeps between changes, and
// pings are answered by the runtime without waking it.
import { DurableObject } from "cloudflare:workers";
import { FEED_CHANGED, FEED_CREDENTIAL_ENDED, FEED_PING, FEED_PONG } from "../../protocol/api";

/** A socket past this many would be one more than a browser has reason to open; the oldest goes first. */
const MAX_SOCKETS = 100;
/** The header the route names the socket's credential in ("session:<id>", "token:<id>"), never its secret. */
export const FEED_CREDENTIAL_HEADER = "X-Feed-Credential";

export class AccountFeed extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(FEED_PING, FEED_PONG));
  }

  /** The upgrade, forwarded by the route once it has checked the caller (routes/secret-feed.ts). */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
      return new Response("Expected a WebSocket upgrade.", { status: 426 });
    }
    const open = this.ctx.getWebSockets().sort((a, b) => openedAt(a) - openedAt(b));
    for (const old of open.slice(0, Math.max(0, open.length - MAX_SOCKETS + 1))) {
      old.close(1008, "Too many dashboards open.");
    }
    const credential = request.headers.get(FEED_CREDENTIAL_HEADER);
    const { 0: client, 1: server } = new WebSocketPair();
    // Tagged by credential, so a sign-out or a revoked token closes exactly the sockets it opened.
    this.ctx.acceptWebSocket(server, credential ? [credential] : []);
    server.serializeAttachment({ openedAt: Date.now() } satisfies SocketAttachment);
    return new Response(null, { status: 101, webSocket: client });
  }

  /** Tells every open dashboard of this account to refetch. Carries nothing about what changed. */
  async notify(): Promise<number> {
    let told = 0;
    for (const socket of this.ctx.getWebSockets()) {
      try {
        socket.send(FEED_CHANGED);
        told += 1;
      } catch {
        // Closing already: its page reconnects and refetches by itself.
      }
    }
    return told;
  }

  /** Closes the sockets opened with these credentials (all of them when null): sign-out, revocation, removal. */
  async closeSockets(credentials: string[] | null): Promise<void> {
    const sockets = credentials ? credentials.flatMap((tag) => this.ctx.getWebSockets(tag)) : this.ctx.getWebSockets();
    for (const socket of sockets) {
      try {
        socket.close(FEED_CREDENTIAL_ENDED, "Signed out.");
      } catch {
        // Already closing.
      }
    }
  }

  /** The dashboards send nothing but pings, which never get here; anything else is ignored. */
  override async webSocketMessage(): Promise<void> {}

  override async webSocketClose(socket: WebSocket, code: number, reason: string): Promise<void> {
    // 1005 and 1006 say no code was sent; they may not be sent back.
    try {
      socket.close(code === 1005 || code === 1006 ? 1000 : code, reason);
    } catch {
      // Already closed by the runtime's own reply.
    }
  }

  override async webSocketError(socket: WebSocket): Promise<void> {
    try {
      socket.close(1011, "Socket error.");
    } catch {
      // Already closed.
    }
  }
}

/** Kept with each socket through hibernation. */
interface SocketAttachment {
  openedAt: number;
}

function openedAt(socket: WebSocket): number {
  return (socket.deserializeAttachment() as SocketAttachment | null)?.openedAt ?? 0;
}
