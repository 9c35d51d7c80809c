// 429 rate_limited with Retry-After when a Rate Limiting binding says no. Every limiter here counts per
// minute, so a minute is always long enough to wait.
import { ApiError } from "./errors";

const PERIOD_SECONDS = 60;

/** The 429 to answer when the limiter says no for `key`; null when the call may go on. */
export async function rateLimitError(limiter: RateLimit, key: string, message: string): Promise<ApiError | null> {
  const { success } = await limiter.limit({ key });
  return success ? null : new ApiError(429, "rate_limited", message, { retryAfter: PERIOD_SECONDS });
}

export async function enforceRateLimit(limiter: RateLimit, key: string, message: string): Promise<void> {
  const error = await rateLimitError(limiter, key, message);
  if (error) throw error;
}
