import { existsSync, readFileSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../../api/src/config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../api/src/db/embedded-postgres.js';
import { startHub, type HubServer } from '../../api/src/server.js';
import { CROWD_ALLOWANCES } from '../support/start-test-server.js';

/**
 * The real server, with the demo council, on a fresh database of an embedded PostgreSQL
 * that lives in a temporary folder for this run only: the developer's .data/ is never
 * touched, and no run sees another's rows.
 */

export interface BenchServer {
  hub: HubServer;
  /** 127.0.0.1 rather than the server's own `localhost` URL, so no name lookup is timed. */
  baseUrl: string;
  stop(): Promise<void>;
}

const DATABASE = 'hub_bench';

/**
 * The server's pool resolves its end() before its connections have closed; stopping
 * PostgreSQL at that moment makes it tell those still-open connections it is shutting
 * down, and pg raises that as an 'error' nobody listens to, which kills the process before
 * the temporary folder is removed. So wait (briefly, boundedly) until they are gone.
 */
async function waitForConnectionsToClose(postgres: EmbeddedPostgres, log: (message: string) => void): Promise<void> {
  const admin = new pg.Client({ connectionString: postgres.url('postgres') });
  await admin.connect();
  try {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const { rows } = await admin.query<{ open: number }>('select count(*)::int as open from pg_stat_activity where datname = $1', [DATABASE]);
      if (rows[0]?.open === 0) return;
      await sleep(20);
    }
    log(`connections to ${DATABASE} still open after 2 s; stopping PostgreSQL anyway`);
  } finally {
    await admin.end();
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The last resort when the process ends before stop() has finished: an uncaught error, or
 * Ctrl-C, which also reaches PostgreSQL (it shares the terminal's process group) and so
 * breaks the server's pool mid-run. Stops PostgreSQL if it still runs and removes the
 * folder. Synchronous, as an 'exit' listener must be.
 */
function removeLeftovers(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : NaN;
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    process.kill(pid, 'SIGINT');
    for (let waited = 0; waited < 5_000 && isRunning(pid); waited += 50) Atomics.wait(pause, 0, 0, 50);
  }
  rmSync(dataDir, { recursive: true, force: true });
  process.stderr.write(`removed ${dataDir} on exit\n`);
}

export async function startBenchServer(log: (message: string) => void): Promise<BenchServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-bench-'));
  const onExit = (): void => removeLeftovers(dataDir);
  process.on('exit', onExit);
  let postgres: EmbeddedPostgres | undefined;
  let hub: HubServer | undefined;

  let stopping: Promise<void> | undefined;
  // Each step runs even if the one before it failed; failures are reported together at the end.
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      const failures: unknown[] = [];
      const attempt = async (step: () => Promise<void> | undefined): Promise<void> => {
        try {
          await step();
        } catch (error) {
          failures.push(error);
        }
      };
      await attempt(() => hub?.close());
      await attempt(() => (postgres ? waitForConnectionsToClose(postgres, log) : undefined));
      await attempt(() => postgres?.stop());
      await attempt(() => fs.rm(dataDir, { recursive: true, force: true }));
      process.off('exit', onExit);
      if (failures.length > 0) throw new AggregateError(failures, 'cleaning up after the benchmarks failed');
    })());

  try {
    postgres = await startEmbeddedPostgres({ dataDir });
    await postgres.createDatabase(DATABASE);
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATABASE_URL: postgres.url(DATABASE),
      DEV_SIGN_IN: 'true',
      SEED_DEMO: 'true',
    });
    // Every benchmark's clients come from this one address, as a whole council's would not.
    hub = await startHub(config, pino({ level: config.logLevel }), { rateLimits: CROWD_ALLOWANCES });
    log(`server on 127.0.0.1:${hub.port}, PostgreSQL on 127.0.0.1:${postgres.port} in ${dataDir}`);
    return { hub, baseUrl: `http://127.0.0.1:${hub.port}`, stop };
  } catch (error) {
    // The start-up failure is the one worth reading; a clean-up failure after it is only logged.
    await stop().catch((cleanupError: unknown) => log(`cleaning up also failed: ${String(cleanupError)}`));
    throw error;
  }
}
