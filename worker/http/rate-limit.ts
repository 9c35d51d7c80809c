// 429 rate_limited with Retry-After when a Rate Limiting binding says no. Every limiter here counts per
// minute, so a minute is always long enough to wait.
import { ApiError } from "./errors";

const PERIOD_SECONDS = 60;

export async function enforceRateLimit(limiter: RateLimit, key: string, message: string): Promise<void> {
  const { success } = await limiter.limit({ key });
  if (!success) throw new ApiError(429, "rate_limited", message, { retryAfter: PERIOD_SECONDS });
}
