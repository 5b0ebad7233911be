import type { Db } from '../../api/src/db/database.js';

/**
 * What a benchmark is. A benchmark measures, checks that what it measured was the right
 * answer (a fast wrong answer is not a result), and returns named metrics; the harness
 * compares them with the benchmark's targets and with the baseline measured around it in
 * the same process (measure-benchmarks.ts, judge.ts).
 */

export type Comparison = '<' | '<=' | '>' | '>=';

/** A target's unit is the metric's own, or RATIO_UNIT to judge the metric ÷ its baseline. */
export const RATIO_UNIT = '× baseline';

export interface Target {
  metric: string;
  op: Comparison;
  value: number;
  unit: string;
}

export interface Metric {
  value: number;
  unit: string;
  /**
   * The baseline metric this one is reported against (see baselines.ts). The shared
   * machines are noisy: a ratio to a baseline measured just before and just after, in the
   * same process, is comparable between runs where the raw figure is not.
   */
  relativeTo?: string;
}

export type Metrics = Record<string, Metric>;

export interface BenchContext {
  /** The server under test, always on 127.0.0.1. */
  baseUrl: string;
  /** The server's own database, for setting up and for checking results. */
  db: Db;
  log(message: string): void;
}

export interface Benchmark {
  name: string;
  description: string;
  target?: Target | readonly Target[];
  run(context: BenchContext): Promise<Metrics>;
}

export interface MetricResult extends Metric {
  name: string;
  /** The mean of the baseline just before and just after the benchmark, and how far it moved between the two. */
  baseline?: { value: number; unit: string; driftPercent?: number };
  ratio?: number;
}

export interface TargetResult extends Target {
  actual: number | null;
  pass: boolean;
}

export interface BenchResult {
  name: string;
  description: string;
  /** measured: no target; pass/fail: against every target; error: it threw or measured a wrong answer. */
  status: 'measured' | 'pass' | 'fail' | 'error';
  wallMs: number;
  metrics: MetricResult[];
  targets: TargetResult[];
  error?: string;
}

/** The baseline passes just before and just after one benchmark. */
export interface BaselineWindow {
  before: Metrics;
  /** Missing when the pass after the benchmark failed. */
  after?: Metrics;
}

/** Thrown when a benchmark finds that what it measured was wrong. */
export class BenchVerificationError extends Error {
  override name = 'BenchVerificationError';
}

export function verify(condition: boolean, message: string): asserts condition {
  if (!condition) throw new BenchVerificationError(message);
}

export function verifyEqual<T>(actual: T, expected: T, what: string): void {
  verify(Object.is(actual, expected), `${what}: expected ${String(expected)}, got ${String(actual)}`);
}

/** The same names, in any order. */
export function verifySameMembers(actual: readonly string[], expected: readonly string[], what: string): void {
  const sorted = (names: readonly string[]): string => [...names].sort().join(', ');
  verify(sorted(actual) === sorted(expected), `${what}: expected [${sorted(expected)}], got [${sorted(actual)}]`);
}

/** `npm run bench -- me import`: benchmarks whose name contains any of the words. */
export function selectBenchmarks(all: readonly Benchmark[], words: readonly string[]): Benchmark[] {
  const names = new Set<string>();
  for (const benchmark of all) {
    if (names.has(benchmark.name)) throw new Error(`Two benchmarks are called ${benchmark.name}`);
    names.add(benchmark.name);
  }
  if (words.length === 0) return [...all];
  const lower = words.map((word) => word.toLowerCase());
  const chosen = all.filter((benchmark) => lower.some((word) => benchmark.name.toLowerCase().includes(word)));
  if (chosen.length === 0) {
    throw new Error(`No benchmark matches ${words.join(' ')}; there are: ${all.map((benchmark) => benchmark.name).join(', ')}`);
  }
  return chosen;
}
