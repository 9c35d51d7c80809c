// One delivery attempt: a signed POST, never a redirect followed, at most 10 s for the whole exchange and at
// most 64 KB of the answer read (the rest is cut off: the log keeps the status, not the body).
export const ATTEMPT_TIMEOUT_MS = 10_000;
export const MAX_ANSWER_BYTES = 64 * 1024;

export interface AttemptOutcome {
  delivered: boolean;
  /** The answer's status; null when none came (timeout, refused connection). */
  status: number | null;
  latencyMs: number;
  /** Why it failed, in a few words; null when delivered. */
  error: string | null;
}

export async function sendWebhookAttempt(url: string, headers: Headers, body: string): Promise<AttemptOutcome> {
  const started = Date.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ATTEMPT_TIMEOUT_MS);
  const done = (status: number | null, error: string | null): AttemptOutcome => ({
    delivered: error === null,
    status,
    latencyMs: Date.now() - started,
    error,
  });
  try {
    const answer = await fetch(url, { method: "POST", headers, body, redirect: "manual", signal: controller.signal });
    await readAtMost(answer, MAX_ANSWER_BYTES);
    if (answer.status >= 300 && answer.status < 400) return done(answer.status, "redirect not followed");
    if (answer.status < 200 || answer.status >= 300) return done(answer.status, `answered HTTP ${answer.status}`);
    return done(answer.status, null);
  } catch {
    return done(null, controller.signal.aborted ? "no answer within 10 s" : "could not connect");
  } finally {
    clearTimeout(timer);
  }
}

/** Reads up to `limit` bytes of the answer's body and drops the rest, so a huge answer costs nothing more. */
async function readAtMost(answer: Response, limit: number): Promise<void> {
  const reader = answer.body?.getReader();
  if (!reader) return;
  let read = 0;
  while (read <= limit) {
    const { done, value } = await reader.read();
    if (done) return;
    read += value.byteLength;
  }
  await reader.cancel();
}
