import {
  BenchVerificationError,
  RATIO_UNIT,
  type BaselineWindow,
  type BenchResult,
  type Benchmark,
  type Comparison,
  type MetricResult,
  type Metrics,
  type Target,
  type TargetResult,
} from './harness.js';

/** Turns what a benchmark measured into its result: ratios to its baseline, then pass or fail against its targets. */

export interface Measurement {
  benchmark: Benchmark;
  wallMs: number;
  baseline: BaselineWindow;
  metrics?: Metrics;
  error?: string;
}

const COMPARE: Record<Comparison, (actual: number, wanted: number) => boolean> = {
  '<': (actual, wanted) => actual < wanted,
  '<=': (actual, wanted) => actual <= wanted,
  '>': (actual, wanted) => actual > wanted,
  '>=': (actual, wanted) => actual >= wanted,
};

function baselineValue(window: BaselineWindow, name: string): MetricResult['baseline'] {
  const before = window.before[name];
  if (!before) return undefined;
  const after = window.after?.[name];
  if (!after) return { value: before.value, unit: before.unit };
  return { value: (before.value + after.value) / 2, unit: before.unit, driftPercent: ((after.value - before.value) / before.value) * 100 };
}

function withBaselines(metrics: Metrics, window: BaselineWindow): MetricResult[] {
  return Object.entries(metrics).map(([name, metric]) => {
    if (!Number.isFinite(metric.value)) throw new BenchVerificationError(`metric ${name} is ${metric.value}`);
    if (!metric.relativeTo) return { name, ...metric };
    const baseline = baselineValue(window, metric.relativeTo);
    if (!baseline) throw new Error(`metric ${name} is relative to ${metric.relativeTo}, which is not a baseline metric`);
    return { name, ...metric, baseline, ratio: metric.value / baseline.value };
  });
}

function judge(target: Target, metrics: readonly MetricResult[]): TargetResult {
  const metric = metrics.find((candidate) => candidate.name === target.metric);
  if (!metric) throw new Error(`target names metric ${target.metric}, which the benchmark did not report`);
  const actual = target.unit === RATIO_UNIT ? metric.ratio : metric.value;
  if (actual === undefined) throw new Error(`target on ${target.metric} is a ratio, but the metric has no baseline`);
  if (target.unit !== RATIO_UNIT && target.unit !== metric.unit) {
    throw new Error(`target on ${target.metric} is in ${target.unit}, but the metric is in ${metric.unit}`);
  }
  return { ...target, actual, pass: COMPARE[target.op](actual, target.value) };
}

export const targetsOf = (benchmark: Benchmark): Target[] => (benchmark.target ? [benchmark.target].flat() : []);

export const describeError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

export function judgeMeasurement(measurement: Measurement): BenchResult {
  const { benchmark, wallMs } = measurement;
  const base = { name: benchmark.name, description: benchmark.description, wallMs };
  const failed = (error: string): BenchResult => ({
    ...base,
    status: 'error',
    metrics: [],
    targets: targetsOf(benchmark).map((target) => ({ ...target, actual: null, pass: false })),
    error,
  });
  if (!measurement.metrics) return failed(measurement.error ?? 'no metrics');
  try {
    const metrics = withBaselines(measurement.metrics, measurement.baseline);
    const targets = targetsOf(benchmark).map((target) => judge(target, metrics));
    const status = targets.length === 0 ? 'measured' : targets.every((target) => target.pass) ? 'pass' : 'fail';
    return { ...base, status, metrics, targets };
  } catch (error) {
    return failed(describeError(error));
  }
}
