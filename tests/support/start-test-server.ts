import { pino } from 'pino';
import { loadConfig } from '../../api/src/config.js';
import type { Db } from '../../api/src/db/database.js';
import type { RateLimitAllowances } from '../../api/src/http/rate-limits.js';
import { startHub, type HubOverrides, type HubServer } from '../../api/src/server.js';
import { createTestDatabase } from './test-database.js';

export interface TestServer {
  baseUrl: string;
  db: Db;
  hub: HubServer;
  close(): Promise<void>;
}

/**
 * For tests that act as a whole council from one address: fifty champions signing in at
 * once, or one person asking for help fifty times. The usual limits are tested as they are.
 */
export const CROWD_ALLOWANCES: RateLimitAllowances = {
  'sign-in': { points: 10_000, seconds: 60 },
  'help-request': { points: 10_000, seconds: 3600 },
};

/**
 * The real server on an ephemeral port, with its own fresh database and the demo council,
 * in local mode unless `env` says otherwise.
 */
export async function startTestServer(options: { env?: Record<string, string>; overrides?: HubOverrides } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: database.url, SEED_DEMO_ACTIVITY: 'false', ...options.env });
  const hub = await startHub(config, pino({ level: config.logLevel }), options.overrides);
  return {
    baseUrl: hub.url,
    db: hub.database.db,
    hub,
    close: async () => {
      await hub.close();
      await database.destroy();
    },
  };
}

/** Signs in through the local dev sign-in and returns the session cookie to send with requests. */
export async function signInAs(baseUrl: string, personId: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  if (response.status !== 204) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}
