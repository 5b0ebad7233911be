import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Local mode (the default) needs no setting at all;
 * production refuses to start until every Microsoft 365 and database setting is given.
 */

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

const csv = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  DEV_SIGN_IN: booleanFromEnv.optional(),
  SEED_DEMO: booleanFromEnv.optional(),
  SEED_DEMO_ACTIVITY: booleanFromEnv.optional(),
  M365_MODE: z.enum(['outbox', 'graph']).optional(),
  ENTRA_TENANT_ID: z.string().min(1).optional(),
  ENTRA_CLIENT_ID: z.string().min(1).optional(),
  ENTRA_CLIENT_SECRET: z.string().min(1).optional(),
  ENTRA_ALLOWED_TENANTS: csv.optional(),
  ENTRA_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),
  GRAPH_BASE_URL: z.url().default('https://graph.microsoft.com'),
  BOT_APP_ID: z.string().min(1).optional(),
  BOT_APP_PASSWORD: z.string().min(1).optional(),
  BOT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  TEAMS_APP_ID: z.uuid().optional(),
  TEAMS_MESSAGES_PER_SECOND: z.coerce.number().positive().max(1000).default(50),
  JOBS_POLLING_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
});

export type Environment = Record<string, string | undefined>;

export interface EntraConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string | undefined;
  allowedTenants: string[];
  authorityHost: string;
}

export interface BotConfig {
  appId: string | undefined;
  appPassword: string | undefined;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  tenantId: string | undefined;
}

export interface Config {
  mode: 'local' | 'production';
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string;
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Absent in local mode: the server starts its own embedded PostgreSQL under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  devSignIn: boolean;
  seedDemo: boolean;
  /** Audit campaigns and answers for the demo council, so reports have something to show. */
  seedDemoActivity: boolean;
  m365Mode: 'outbox' | 'graph';
  graphBaseUrl: string;
  /** Absent in local mode without Entra settings: only dev sign-in is possible then. */
  entra: EntraConfig | undefined;
  bot: BotConfig;
  teamsAppId: string;
  /** The most bot messages a second the server sends (Teams allows about 50 per tenant). */
  teamsMessagesPerSecond: number;
  /** How often idle background workers look for new jobs. */
  jobsPollingIntervalSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A fixed id so that a locally built app package keeps the same identity between builds. */
const LOCAL_TEAMS_APP_ID = '6f1c2a9e-3b7d-4e51-9c0a-5d2e8f4b7a13';

const PRODUCTION_REQUIRED = [
  'DATABASE_URL',
  'PUBLIC_URL',
  'ENTRA_TENANT_ID',
  'ENTRA_CLIENT_ID',
  'ENTRA_CLIENT_SECRET',
  'BOT_APP_ID',
  'BOT_APP_PASSWORD',
  'TEAMS_APP_ID',
] as const;

export function loadConfig(env: Environment = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';
  const problems: string[] = [];

  if (production) {
    for (const name of PRODUCTION_REQUIRED) {
      if (values[name] === undefined) problems.push(`${name} is required when NODE_ENV=production`);
    }
    if (values.DEV_SIGN_IN === true) {
      problems.push('DEV_SIGN_IN must not be enabled when NODE_ENV=production: dev sign-in lets anyone act as anyone');
    }
    if (values.SEED_DEMO === true) {
      problems.push('SEED_DEMO must not be enabled when NODE_ENV=production: it writes a fictional council into the database');
    }
    if (values.SEED_DEMO_ACTIVITY === true) {
      problems.push('SEED_DEMO_ACTIVITY must not be enabled when NODE_ENV=production: it writes made-up audit answers into the database');
    }
    if (values.M365_MODE === 'outbox') {
      problems.push('M365_MODE=outbox is for local mode only; production talks to Microsoft Graph');
    }
  }
  if (values.M365_MODE === 'graph' && (!values.ENTRA_TENANT_ID || !values.ENTRA_CLIENT_ID || !values.ENTRA_CLIENT_SECRET)) {
    problems.push('M365_MODE=graph needs ENTRA_TENANT_ID, ENTRA_CLIENT_ID and ENTRA_CLIENT_SECRET');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const entra: EntraConfig | undefined =
    values.ENTRA_TENANT_ID && values.ENTRA_CLIENT_ID
      ? {
          tenantId: values.ENTRA_TENANT_ID,
          clientId: values.ENTRA_CLIENT_ID,
          clientSecret: values.ENTRA_CLIENT_SECRET,
          allowedTenants: values.ENTRA_ALLOWED_TENANTS ?? [values.ENTRA_TENANT_ID],
          authorityHost: values.ENTRA_AUTHORITY_HOST.replace(/\/$/, ''),
        }
      : undefined;

  return {
    mode: production ? 'production' : 'local',
    nodeEnv: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    logLevel: values.LOG_LEVEL,
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(values.DATA_DIR),
    devSignIn: values.DEV_SIGN_IN ?? !production,
    seedDemo: values.SEED_DEMO ?? !production,
    seedDemoActivity: (values.SEED_DEMO ?? !production) && (values.SEED_DEMO_ACTIVITY ?? true),
    m365Mode: values.M365_MODE ?? (production ? 'graph' : 'outbox'),
    graphBaseUrl: values.GRAPH_BASE_URL.replace(/\/$/, ''),
    entra,
    bot: {
      appId: values.BOT_APP_ID,
      appPassword: values.BOT_APP_PASSWORD,
      appType: values.BOT_APP_TYPE,
      tenantId: values.ENTRA_TENANT_ID,
    },
    teamsAppId: values.TEAMS_APP_ID ?? LOCAL_TEAMS_APP_ID,
    teamsMessagesPerSecond: values.TEAMS_MESSAGES_PER_SECOND,
    jobsPollingIntervalSeconds: values.JOBS_POLLING_INTERVAL_SECONDS,
  };
}
