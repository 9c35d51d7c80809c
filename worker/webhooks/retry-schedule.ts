// When a failed delivery is tried again: 5 s after the first failure, then four times longer each time, at
// most 6 hours apart, for a day from when the event was queued (the last attempt falls at the day's end);
// then it is given up. An endpoint whose deliveries are given up DISABLE_AFTER_FAILED_DELIVERIES times in a
// row (each having failed every attempt for a day) is disabled, and its owner is mailed.
export const FIRST_RETRY_MS = 5_000;
const BACKOFF_FACTOR = 4;
export const MAX_RETRY_DELAY_MS = 6 * 3_600_000;
export const RETRY_WINDOW_MS = 24 * 3_600_000;
export const DISABLE_AFTER_FAILED_DELIVERIES = 3;

/** The next attempt's time after `attempts` failed ones, or null: the day is over, give up. */
export function nextAttemptAt(queuedAt: number, attempts: number, now: number): number | null {
  const end = queuedAt + RETRY_WINDOW_MS;
  if (now >= end) return null;
  const delay = Math.min(FIRST_RETRY_MS * BACKOFF_FACTOR ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);
  return Math.min(now + delay, end);
}
