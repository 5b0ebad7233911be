import { sql } from 'kysely';
import { verify, type BenchContext, type Metrics } from './harness.js';
import { expectStatus, runLoad } from './http-load.js';
import { median, startStopwatch } from './measure.js';

/**
 * Trivial work measured in the same process as the benchmarks: plain JavaScript, one HTTP
 * round trip that touches nothing, one database round trip that reads nothing. On a
 * shared machine the raw figures move with the neighbours' load; a benchmark's figure
 * divided by its baseline moves much less, so that ratio is what runs are compared by.
 */

export const BASELINE = {
  cpuMs: 'cpu.work.ms',
  httpRps: 'http.healthz.rps',
  httpP50: 'http.healthz.p50',
  httpP95: 'http.healthz.p95',
  dbMs: 'db.select1.p50',
} as const;

/** The HTTP baseline and the HTTP benchmarks use the same number of clients, or the ratio means little. */
export const HTTP_CLIENTS = 20;

const CPU_ITERATIONS = 500_000;
const CPU_REPEATS = 7;
const HTTP_MS = 2_500;
const DB_ROUND_TRIPS = 300;

/** Map look-ups, short strings and integer arithmetic: the kind of work parsing and planning do. */
function cpuWork(): number {
  const seen = new Map<string, number>();
  let checksum = 0;
  for (let index = 0; index < CPU_ITERATIONS; index += 1) {
    const key = `k${(index * 2_654_435_761) % 5_003}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    checksum = (checksum + count * key.length) | 0;
  }
  return checksum;
}

function measureCpu(): number {
  const expected = cpuWork(); // also the JIT's warm-up
  const times: number[] = [];
  for (let repeat = 0; repeat < CPU_REPEATS; repeat += 1) {
    const elapsed = startStopwatch();
    // Checking the answer keeps the optimiser from dropping the work.
    verify(cpuWork() === expected, 'the CPU baseline gave a different answer on a repeat');
    times.push(elapsed());
  }
  return median(times);
}

async function measureDatabase(context: BenchContext): Promise<number> {
  const times: number[] = [];
  for (let trip = 0; trip < DB_ROUND_TRIPS; trip += 1) {
    const elapsed = startStopwatch();
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(context.db);
    times.push(elapsed());
    verify(rows[0]?.one === 1, 'select 1 did not return 1');
  }
  // The first trips open pool connections; they are not what is being compared.
  return median(times.slice(DB_ROUND_TRIPS / 10));
}

export async function measureBaselines(context: BenchContext): Promise<Metrics> {
  const cpuMs = measureCpu();
  const http = await runLoad({
    clients: HTTP_CLIENTS,
    durationMs: HTTP_MS,
    warmUpRequests: 500,
    request: () => ({ url: `${context.baseUrl}/healthz` }),
    check: expectStatus(200, (body) => verify(body.includes('"ok"'), `/healthz answered ${body}`)),
  });
  const dbMs = await measureDatabase(context);
  return {
    [BASELINE.cpuMs]: { value: cpuMs, unit: 'ms' },
    [BASELINE.httpRps]: { value: http.requestsPerSecond, unit: 'req/s' },
    [BASELINE.httpP50]: { value: http.latencyMs.p50, unit: 'ms' },
    [BASELINE.httpP95]: { value: http.latencyMs.p95, unit: 'ms' },
    [BASELINE.dbMs]: { value: dbMs, unit: 'ms' },
  };
}
