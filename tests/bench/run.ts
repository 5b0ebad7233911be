import { PROJECT_ROOT } from '../../api/src/project-root.js';
import { measureBaselines } from './baselines.js';
import { startBenchServer } from './bench-server.js';
import { BENCHMARKS } from './benchmarks.js';
import { selectBenchmarks, type BenchContext } from './harness.js';
import { judgeMeasurement } from './judge.js';
import { measureBenchmarks } from './measure-benchmarks.js';
import { describeEnvironment, formatReport, loadAverage, writeReport, type BenchReport } from './report.js';

/**
 * `npm run bench [-- words…]`: one embedded PostgreSQL and the real server, then the
 * chosen benchmarks with a baseline pass around each, then the report. Exits 1 when a
 * benchmark errs or misses a target. Progress goes to stderr, the table to stdout.
 */

const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

async function main(words: string[]): Promise<number> {
  const selected = selectBenchmarks(BENCHMARKS, words);
  const startedAt = new Date().toISOString();
  const environment = describeEnvironment(PROJECT_ROOT);
  const server = await startBenchServer(log);
  const stopOnSignal = (signal: NodeJS.Signals): void => {
    log(`${signal}: stopping the server and PostgreSQL`);
    void server.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  let report: BenchReport;
  try {
    const context: BenchContext = { baseUrl: server.baseUrl, db: server.hub.database.db, log };
    // A freshly started server answers its first thousand requests slower than the rest; that start-up is not what is compared.
    log('▶ warming up');
    await measureBaselines(context);
    const { measurements, passes } = await measureBenchmarks(selected, context, () => measureBaselines(context));
    const results = measurements.map(judgeMeasurement);
    report = { startedAt, finishedAt: new Date().toISOString(), loadAverageAtEnd: loadAverage(), filter: words, environment, baselinePasses: passes, results };
  } finally {
    await server.stop();
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
  }

  const files = await writeReport(PROJECT_ROOT, report);
  process.stdout.write(`\n${formatReport(report, files)}\n`);
  return report.results.every((result) => result.status === 'pass' || result.status === 'measured') ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
