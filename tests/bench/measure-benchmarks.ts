import type { BenchContext, Benchmark, Metrics } from './harness.js';
import { describeError, type Measurement } from './judge.js';
import { startStopwatch } from './measure.js';

/**
 * Runs the benchmarks one after another with a baseline pass before the first and after
 * each, so every benchmark is compared with the machine as it was just before and just
 * after it ran: on a shared machine the load can change a lot within a minute.
 */

export interface BaselinePass {
  /** What ran just before this pass: 'start' for the first. */
  after: string;
  metrics: Metrics;
}

export async function measureBenchmarks(
  benchmarks: readonly Benchmark[],
  context: BenchContext,
  measureBaseline: () => Promise<Metrics>,
): Promise<{ measurements: Measurement[]; passes: BaselinePass[] }> {
  const passes: BaselinePass[] = [{ after: 'start', metrics: await measureBaseline() }];
  const measurements: Measurement[] = [];
  for (const benchmark of benchmarks) {
    const before = passes[passes.length - 1]!.metrics;
    context.log(`▶ ${benchmark.name}: ${benchmark.description}`);
    const elapsed = startStopwatch();
    let outcome: Pick<Measurement, 'metrics' | 'error'>;
    try {
      outcome = { metrics: await benchmark.run(context) };
      context.log(`  measured in ${(elapsed() / 1000).toFixed(1)} s`);
    } catch (error) {
      // Recorded, not thrown: one broken benchmark must not hide the figures of the rest.
      outcome = { error: describeError(error) };
      context.log(`✘ ${benchmark.name}: ${outcome.error}`);
    }
    const wallMs = elapsed();

    let after: Metrics | undefined;
    try {
      after = await measureBaseline();
      passes.push({ after: benchmark.name, metrics: after });
    } catch (error) {
      // The next benchmark then compares with the last good pass; this one with the pass before it only.
      context.log(`the baseline after ${benchmark.name} failed: ${describeError(error)}`);
    }
    measurements.push({ benchmark, wallMs, baseline: { before, after }, ...outcome });
  }
  return { measurements, passes };
}
