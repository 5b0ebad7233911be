import { auditSubmissionsBenchmark } from './audit-submissions.bench.js';
import { championMatchingBenchmark } from './champion-matching.bench.js';
import type { Benchmark } from './harness.js';
import { helpRequestRoutingBenchmark } from './help-request-routing.bench.js';
import { homeWaitingBenchmark, meBenchmark } from './me.bench.js';
import { staffCsvPlanBenchmark } from './staff-csv-plan.bench.js';
import { staffImportBenchmark } from './staff-import.bench.js';

/** Every benchmark `npm run bench` knows, in the order they run. A capability adds its own here. */
export const BENCHMARKS: readonly Benchmark[] = [meBenchmark, homeWaitingBenchmark, staffImportBenchmark, staffCsvPlanBenchmark, auditSubmissionsBenchmark, helpRequestRoutingBenchmark, championMatchingBenchmark];
