import { useCallback, useState } from "preact/hooks";
import { type Stretching, trackStretch } from "./stretch-estimate";

export type { Stretching } from "./stretch-estimate";

/** Runs `work` (which stretches a passphrase `iterations` times) while exposing an estimated progress. */
export function useStretchProgress() {
  const [stretching, setStretching] = useState<Stretching | null>(null);
  const track = useCallback(
    <T>(iterations: number, work: () => Promise<T>): Promise<T> => trackStretch(iterations, work, setStretching),
    [],
  );
  return { stretching, track };
}
