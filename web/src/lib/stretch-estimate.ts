// The estimate behind the passphrase-stretching bar, framework-free: the recipient page (web/src/recipient)
// uses it as is, the app through useStretchProgress (use-stretch-progress.ts).
import { newKdf, stretchPassphrase } from "../../../protocol/envelope";

const CALIBRATION_ITERATIONS = 20_000;
/** Coarse timers (privacy modes round to 1 ms or more) can make the estimate absurdly small. */
const MIN_ESTIMATE_MS = 300;

let msPerIteration: number | undefined;

// Web Crypto reports no progress, so time a short PBKDF2 run once per page and extrapolate.
async function measureMsPerIteration(): Promise<number> {
  if (msPerIteration === undefined) {
    const started = performance.now();
    await stretchPassphrase("calibration", newKdf(CALIBRATION_ITERATIONS));
    msPerIteration = (performance.now() - started) / CALIBRATION_ITERATIONS;
  }
  return msPerIteration;
}

export interface Stretching {
  /** undefined while calibrating: the bar is shown without a value until there is an estimate. */
  estimateMs: number | undefined;
}

/**
 * Runs `work` (which stretches a passphrase `iterations` times), telling `show` the estimated progress
 * and null once done. Components use useStretchProgress.
 */
export async function trackStretch<T>(
  iterations: number,
  work: () => Promise<T>,
  show: (stretching: Stretching | null) => void,
): Promise<T> {
  show({ estimateMs: undefined });
  try {
    show({ estimateMs: Math.max(MIN_ESTIMATE_MS, (await measureMsPerIteration()) * iterations) });
    return await work();
  } finally {
    show(null);
  }
}
