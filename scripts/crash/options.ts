// The crash test's knobs, from the environment, each checked: a bad value stops the run before it starts.
export const ROUNDS = positiveInteger("CRASH_ROUNDS", 3);
export const SECRETS = positiveInteger("CRASH_SECRETS", 36);
/** How long recovery may take to deliver what the crash left queued before the checks count it missing. */
export const SETTLE_SECONDS = positiveInteger("CRASH_SETTLE_SECONDS", 60);

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^[1-9]\d*$/.test(raw)) throw new Error(`${name} must be a whole number above 0, not "${raw}"`);
  return Number(raw);
}
