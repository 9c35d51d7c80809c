// One chunk's request, tried again after a pause when it fails for a reason that may pass (a dropped
// connection, a server briefly failing): a transfer carries on from that chunk instead of starting over.

/** Tries per chunk before giving up. */
export const CHUNK_TRIES = 4;
/** 0.5 s, 1 s, 1.5 s between tries: a few seconds for a connection to come back. */
const backoffMs = (attempt: number) => 500 * attempt;

/**
 * Runs `action` until it succeeds, fails for a reason `transient` does not accept, has been tried
 * CHUNK_TRIES times, or the next pause would end after `until` (a download's window): then throws its error.
 */
export async function withRetries<T>(
  action: () => Promise<T>,
  transient: (error: unknown) => boolean,
  until = Number.POSITIVE_INFINITY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      const wait = backoffMs(attempt);
      if (!transient(error) || attempt >= CHUNK_TRIES || Date.now() + wait >= until) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
