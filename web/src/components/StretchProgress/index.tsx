import { useEffect, useId, useRef } from "preact/hooks";
import { t } from "../../lib/i18n";
import type { Stretching } from "../../lib/use-stretch-progress";
import "./style.css";

/** Never claims to be done before the work is: the bar waits near the end if the estimate was short. */
const MAX_ESTIMATED_PROGRESS = 0.95;

export function StretchProgress({ estimateMs }: Stretching) {
  const id = useId();
  const bar = useRef<HTMLProgressElement>(null);

  useEffect(() => {
    if (estimateMs === undefined) return;
    const started = performance.now();
    // Written straight to the element, never as a prop: the form around it does not re-render every
    // frame, and Preact would reset a `value` prop to its rendered number on any re-render.
    let frame = requestAnimationFrame(function advance(now) {
      if (bar.current) bar.current.value = Math.min(MAX_ESTIMATED_PROGRESS, (now - started) / estimateMs);
      frame = requestAnimationFrame(advance);
    });
    return () => cancelAnimationFrame(frame);
  }, [estimateMs]);

  return (
    <div class="stretch-progress">
      <label for={id}>{t("common.stretch.label")}</label>
      {/* Without a value the bar is indeterminate, which is honest while the speed is being measured. */}
      {estimateMs === undefined ? (
        <progress id={id} key="measuring" />
      ) : (
        <progress id={id} key="estimating" ref={bar} max={1} />
      )}
    </div>
  );
}
