import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The server as `npm start` runs it: a real process, its own embedded PostgreSQL, real signals. */

const MAIN = path.resolve('api/src/main.ts');

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function launch(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function urlOf(server: Running): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const match = /running at (http:\/\/localhost:\d+)/.exec(server.output());
    if (match) return match[1]!;
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not start:\n${server.output()}`);
}

describe('the server process in local mode', () => {
  let dataDir: string;
  let first: Running;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-process-'));
    first = launch({ DATA_DIR: dataDir, PORT: '0' });
  });
  afterAll(async () => {
    if (first.child.exitCode === null) first.child.kill('SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('starts its embedded PostgreSQL under the data folder and serves the demo council', async () => {
    const url = await urlOf(first);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const personas = (await (await fetch(`${url}/api/dev/personas`)).json()) as { suggested: unknown[] };
    expect(personas.suggested.length).toBeGreaterThan(5);
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
  });

  it('refuses a second server on the same data folder, leaving the first untouched', async () => {
    const url = await urlOf(first);
    const second = launch({ DATA_DIR: dataDir, PORT: '0' });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already using the data folder/);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('stops cleanly on SIGTERM, stopping its PostgreSQL too', async () => {
    await urlOf(first);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'server.lock'))).toBe(false);
  });
});

describe('the server process in production mode', () => {
  it('refuses to start without its settings, naming each one', async () => {
    const server = launch({ NODE_ENV: 'production' });
    expect(await server.exited).toBe(1);
    for (const name of ['DATABASE_URL', 'ENTRA_CLIENT_ID', 'BOT_APP_ID']) expect(server.output()).toContain(name);
  });

  it('refuses to start with dev sign-in enabled', async () => {
    const server = launch({
      NODE_ENV: 'production',
      DEV_SIGN_IN: 'true',
      DATABASE_URL: 'postgres://hub@127.0.0.1:1/hub',
      PUBLIC_URL: 'https://hub.council.example',
      ENTRA_TENANT_ID: '7d3f8a52-1c4e-4b6a-9f2d-0e5b8c1a3d47',
      ENTRA_CLIENT_ID: '3b8e1f6a-9d2c-4e57-a1b4-6c0d9e8f2a71',
      ENTRA_CLIENT_SECRET: 'secret',
      BOT_APP_ID: '3b8e1f6a-9d2c-4e57-a1b4-6c0d9e8f2a71',
      BOT_APP_PASSWORD: 'secret',
      TEAMS_APP_ID: '6f1c2a9e-3b7d-4e51-9c0a-5d2e8f4b7a13',
    });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/DEV_SIGN_IN must not be enabled when NODE_ENV=production/);
  });
});
