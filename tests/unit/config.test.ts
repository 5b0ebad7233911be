import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../api/src/config.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://hub@db.internal/hub',
  PUBLIC_URL: 'https://hub.council.gov.uk',
  ENTRA_TENANT_ID: '11111111-1111-4111-8111-111111111111',
  ENTRA_CLIENT_ID: '22222222-2222-4222-8222-222222222222',
  ENTRA_CLIENT_SECRET: 'secret',
  BOT_APP_ID: '33333333-3333-4333-8333-333333333333',
  BOT_APP_PASSWORD: 'bot-secret',
  TEAMS_APP_ID: '44444444-4444-4444-8444-444444444444',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs in local mode with no settings at all: embedded database, dev sign-in, demo council, outbox', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'local', port: 3978, devSignIn: true, seedDemo: true, m365Mode: 'outbox', databaseUrl: undefined });
    expect(config.publicUrl).toBe('http://localhost:3978');
  });

  it('accepts a complete production configuration, with dev sign-in and the demo off', () => {
    const config = loadConfig(PRODUCTION);
    expect(config).toMatchObject({ mode: 'production', devSignIn: false, seedDemo: false, m365Mode: 'graph' });
    expect(config.entra?.allowedTenants).toEqual([PRODUCTION.ENTRA_TENANT_ID]);
  });

  it.each(['DATABASE_URL', 'ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID', 'ENTRA_CLIENT_SECRET', 'BOT_APP_ID', 'BOT_APP_PASSWORD', 'PUBLIC_URL'])(
    'refuses production without %s, naming it',
    (name) => {
      const env: Record<string, string> = { ...PRODUCTION };
      delete env[name];
      expect(problemsOf(env)).toEqual(expect.arrayContaining([expect.stringContaining(name)]));
    },
  );

  it('refuses to start in production with dev sign-in enabled', () => {
    expect(problemsOf({ ...PRODUCTION, DEV_SIGN_IN: 'true' })).toEqual([expect.stringMatching(/^DEV_SIGN_IN must not be enabled/)]);
  });

  it('refuses the demo council and the outbox in production', () => {
    expect(problemsOf({ ...PRODUCTION, SEED_DEMO: 'true', M365_MODE: 'outbox' })).toHaveLength(2);
  });

  it('names a malformed setting', () => {
    expect(problemsOf({ PORT: 'eighty' })).toEqual([expect.stringMatching(/^PORT:/)]);
    expect(problemsOf({ PUBLIC_URL: 'not a url' })).toEqual([expect.stringMatching(/^PUBLIC_URL:/)]);
  });

  it('asks for Entra credentials before talking to Microsoft Graph', () => {
    expect(problemsOf({ M365_MODE: 'graph' })).toEqual([expect.stringContaining('ENTRA_CLIENT_SECRET')]);
  });
});
