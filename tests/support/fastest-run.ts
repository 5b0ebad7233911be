/**
 * How long the work takes, in milliseconds: the fastest of three runs, so that the cost of
 * the input itself is measured without the noise of a shared machine.
 */
export function fastestRunMs(work: () => unknown): number {
  let fastest = Infinity;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}
