import { useEffect, useRef } from "preact/hooks";
import { FEED_CHANGED, FEED_CREDENTIAL_ENDED, FEED_PING, FEED_PONG } from "../../../protocol/api";
import { secretFeedUrl } from "./api-routes";

/** Reconnects wait 1 s, 2 s, 4 s... up to this, each with some jitter so a restart is not met by a stampede. */
const MAX_BACKOFF_MS = 30_000;
/** A ping this often keeps proxies from closing a quiet socket, and finds a dead one: no pong, reconnect. */
const PING_MS = 30_000;

/**
 * Calls `onChange` when the server says the signed-in account's secrets changed (PROTOCOL 3.3.5), after
 * each reconnect (changes meanwhile are not replayed), and when the session ended or a connection failed
 * (a refused handshake looks like any failure): the refetch answers 401 then, and the page signs out. Nothing is polled: an idle page holds one quiet socket. In a hidden tab a change only
 * marks the page stale, and the call happens when it is shown again.
 */
export function useLiveFeed(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    let socket: WebSocket | null = null;
    let failures = 0;
    let connected = false;
    let stale = false;
    let awaitingPong = false;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const changed = () => {
      if (document.visibilityState === "visible") latest.current();
      else stale = true;
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible" && stale) {
        stale = false;
        latest.current();
      }
    };

    const connect = () => {
      const opened = new WebSocket(secretFeedUrl());
      socket = opened;
      let wasOpen = false;
      opened.onopen = () => {
        wasOpen = true;
        awaitingPong = false;
        // The first connection follows the page's own first fetch; a later one may have missed changes.
        if (connected || failures > 0) changed();
        connected = true;
        failures = 0;
      };
      opened.onmessage = (event) => {
        if (event.data === FEED_PONG) awaitingPong = false;
        else if (event.data === FEED_CHANGED) changed();
      };
      opened.onclose = (event) => {
        if (stopped || socket !== opened) return;
        socket = null;
        if (!wasOpen) failures += 1;
        // Once per run of failed attempts, not once per attempt: an ended session needs only one 401.
        if (event.code === FEED_CREDENTIAL_ENDED || failures === 1) changed();
        const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** failures);
        retry = setTimeout(connect, backoff * (0.75 + Math.random() * 0.5));
      };
    };

    const pinger = setInterval(() => {
      if (socket?.readyState !== WebSocket.OPEN) return;
      if (awaitingPong) socket.close();
      else {
        awaitingPong = true;
        socket.send(FEED_PING);
      }
    }, PING_MS);

    connect();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(pinger);
      document.removeEventListener("visibilitychange", onVisibility);
      socket?.close();
    };
  }, []);
}
