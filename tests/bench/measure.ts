/**
 * Timing and statistics for benchmarks. Times come from the monotonic high-resolution
 * clock (process.hrtime), never Date.now(), which can jump and has millisecond grain.
 */

export type Stopwatch = () => number;

/** Starts a stopwatch; calling it gives the milliseconds since it started. */
export function startStopwatch(): Stopwatch {
  const started = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - started) / 1e6;
}

/** Runs `work` once and gives its result with the milliseconds it took. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const elapsed = startStopwatch();
  const result = await work();
  return { result, ms: elapsed() };
}

export interface Summary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * Nearest-rank percentile of an ascending array: the smallest sample that at least
 * `percent`% of samples do not exceed. It never interpolates, so p95 is a latency some
 * request really had.
 */
export function percentile(sorted: readonly number[], percent: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  const rank = Math.ceil((percent / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('cannot summarise no samples');
  const values = ascending(samples);
  const total = values.reduce((sum, value) => sum + value, 0);
  return {
    count: values.length,
    min: values[0]!,
    mean: total / values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values[values.length - 1]!,
  };
}

export function median(samples: readonly number[]): number {
  return percentile(ascending(samples), 50);
}

const ascending = (samples: readonly number[]): number[] => [...samples].sort((a, b) => a - b);
