import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import { createBotEndpoint } from '../../bot/bot-endpoint.js';
import type { Config } from './config.js';
import { createAuditLogRepository } from './db/audit-log-repository.js';
import { createConversationReferenceRepository } from './db/conversation-reference-repository.js';
import { createDirectoryRepository } from './db/directory-repository.js';
import { openDatabase, type OpenDatabase } from './db/open-database.js';
import { createOutboxReader } from './db/outbox-repository.js';
import { createSessionRepository } from './db/session-repository.js';
import { generateDemoCouncil } from './demo/demo-council.js';
import { seedDemoCouncil } from './demo/seed-demo-council.js';
import { sessionPerson } from './domain/directory/dev-sign-in.js';
import { directoryNavigation, directoryWaiting } from './domain/directory/get-me.js';
import { resolveActor } from './domain/directory/resolve-actor.js';
import { systemClock, type Clock } from './domain/shared/clock.js';
import type { Microsoft365 } from './domain/shared/microsoft365.js';
import { createApp } from './http/create-app.js';
import { devSignInRoutes } from './http/routes/dev-sign-in-routes.js';
import { directoryRoutes } from './http/routes/directory-routes.js';
import { meRoutes } from './http/routes/me-routes.js';
import { peopleRoutes } from './http/routes/people-routes.js';
import { platformRoutes } from './http/routes/platform-routes.js';
import { createGraphMicrosoft365 } from './m365/graph-microsoft365.js';
import { createAppTokenProvider } from './m365/msal-token-provider.js';
import { createOutboxMicrosoft365 } from './m365/outbox-microsoft365.js';
import { createEntraTokenValidator, type EntraTokenValidator } from './m365/token-validator.js';
import { APP_VERSION, PROJECT_ROOT } from './project-root.js';

/** Composition root: configuration → database → domain services → HTTP and bot → listen. */

export interface HubServer {
  url: string;
  port: number;
  database: OpenDatabase;
  microsoft365: Microsoft365;
  close(): Promise<void>;
}

/** Tests replace what talks to the outside world; everything else is the real thing. */
export interface HubOverrides {
  microsoft365?: Microsoft365;
  tokenValidator?: EntraTokenValidator;
  clock?: Clock;
}

const SHUTDOWN_GRACE_MS = 10_000;

function buildMicrosoft365(config: Config, database: OpenDatabase, logger: Logger): Microsoft365 {
  if (config.m365Mode === 'outbox' || !config.entra) return createOutboxMicrosoft365(database.db, { publicUrl: config.publicUrl });
  const tokens = createAppTokenProvider(config.entra);
  return createGraphMicrosoft365({
    graphBaseUrl: config.graphBaseUrl,
    getToken: (requirements) => tokens.getGraphToken(requirements),
    logger: logger.child({ component: 'graph' }),
  });
}

function buildTokenValidator(config: Config): EntraTokenValidator | undefined {
  if (!config.entra) return undefined;
  const { clientId, allowedTenants, authorityHost } = config.entra;
  const host = new URL(config.publicUrl).host;
  return createEntraTokenValidator({ clientId, audiences: [`api://${host}/${clientId}`], allowedTenants, authorityHost });
}

export async function startHub(config: Config, logger: Logger, overrides: HubOverrides = {}): Promise<HubServer> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
  try {
    const { db } = database;
    const clock = overrides.clock ?? systemClock;
    const directory = createDirectoryRepository(db);
    const auditLog = createAuditLogRepository(db);
    const sessions = createSessionRepository(db);
    const conversations = createConversationReferenceRepository(db);
    const microsoft365 = overrides.microsoft365 ?? buildMicrosoft365(config, database, logger);
    const tokenValidator = overrides.tokenValidator ?? buildTokenValidator(config);
    const council = generateDemoCouncil();

    if (config.seedDemo) {
      const { seeded } = await seedDemoCouncil(db, directory, council);
      if (seeded) logger.info({ people: council.rows.length }, 'demo council seeded');
    }

    const devSignIn = { directory, sessions, clock, suggestions: council.personas };
    const routes = [
      ...meRoutes({
        directory,
        mode: config.mode,
        waiting: [directoryWaiting(directory)],
        navigation: [directoryNavigation({ outbox: microsoft365.kind === 'outbox' })],
      }),
      ...peopleRoutes({ directory, audit: auditLog }),
      ...directoryRoutes({ directory, microsoft365 }),
      ...platformRoutes({ auditLog, outbox: microsoft365.kind === 'outbox' ? createOutboxReader(db) : undefined }),
      ...(config.devSignIn ? devSignInRoutes(devSignIn, { secureCookies: config.publicUrl.startsWith('https://') }) : []),
    ];

    const findPerson = async (entraObjectId: string) => {
      const facts = await directory.actorFacts({ entraObjectId });
      return facts && facts.status === 'active' ? { id: facts.personId, displayName: facts.displayName } : undefined;
    };

    const app = createApp({
      logger,
      publicUrl: config.publicUrl,
      version: APP_VERSION,
      trustProxy: config.mode === 'production',
      routes,
      auth: {
        validateBearer: tokenValidator ? (token) => tokenValidator.validate(token) : undefined,
        sessionPerson: config.devSignIn ? (token) => sessionPerson(devSignIn, token) : undefined,
        resolveActor: (key) => resolveActor(directory, key),
      },
      botEndpoint: createBotEndpoint({
        config: config.bot,
        conversations,
        findPersonByEntraObjectId: findPerson,
        logger: logger.child({ component: 'bot' }),
        teamsAppId: config.teamsAppId,
      }),
      isDatabaseReady: database.isReady,
      tabDir: path.join(PROJECT_ROOT, 'tab', 'dist'),
    });

    const server = app.listen(config.port, config.host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;

    let closing: Promise<void> | undefined;
    const close = (): Promise<void> =>
      (closing ??= (async () => {
        // Stop taking requests, let those in flight finish, then close the database.
        const drained = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timer = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        await drained;
        clearTimeout(timer);
        await database.close();
      })());

    const url = config.port === port ? config.publicUrl : `http://localhost:${port}`;
    return { url, port, database, microsoft365, close };
  } catch (error) {
    await database.close();
    throw error;
  }
}
