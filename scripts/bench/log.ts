// Progress on stderr (stdout carries only the table), with the seconds since the bench started.
const started = performance.now();

export function log(message: string): void {
  console.error(`bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s  ${message}`);
}
