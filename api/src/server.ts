import { sql } from 'kysely';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import { createBotEndpoint } from '../../bot/bot-endpoint.js';
import { composeChampionsProgramme } from './champions-programme.js';
import { composeObjectivesProgramme } from './objectives-programme.js';
import type { CapabilityInput } from './compose/capability-parts.js';
import { privacyParts } from './compose/privacy-parts.js';
import { createReminderLedger } from './db/reminder-ledger-repository.js';
import { createCardSender } from '../../bot/card-sender.js';
import { createBotAdapter } from '../../bot/create-bot-adapter.js';
import { bindAuditUseCases } from '../../bot/audit-use-cases.js';
import { tabPageDeepLink } from '../../bot/audit-tab-links.js';
import { createCampaignMessenger } from '../../bot/proactive-messenger.js';
import type { Config } from './config.js';
import { createAuditLogRepository } from './db/audit-log-repository.js';
import { createAuditResponseRepository } from './db/audit-response-repository.js';
import { createAuditSettingsRepository } from './db/audit-settings-repository.js';
import { createCampaignRepository } from './db/campaign-repository.js';
import { createConversationReferenceRepository } from './db/conversation-reference-repository.js';
import { createDirectoryRepository } from './db/directory-repository.js';
import { createFrameworkHistory } from './db/framework-history.js';
import { createFrameworkRepository } from './db/framework-repository.js';
import { createFrameworkWriter } from './db/framework-writer.js';
import { createLearningResourceRepository } from './db/learning-resource-repository.js';
import { openDatabase, type OpenDatabase } from './db/open-database.js';
import { createOutboxReader } from './db/outbox-repository.js';
import { createRateLimitCounters } from './db/rate-limit-counters.js';
import { createSessionRepository } from './db/session-repository.js';
import { generateDemoCouncil } from './demo/demo-council.js';
import { seedDemoAudit } from './demo/seed-demo-audit.js';
import { seedDemoChampions } from './demo/seed-demo-champions.js';
import { seedDemoCouncil } from './demo/seed-demo-council.js';
import { seedDemoObjectives } from './demo/seed-demo-objectives.js';
import type { AuditDeps } from './domain/audit/audit-deps.js';
import { auditNavigation } from './domain/audit/audit-navigation.js';
import { championsNavigation } from './domain/champions/champions-navigation.js';
import { auditWaiting } from './domain/audit/audit-waiting.js';
import { campaignWaiting } from './domain/audit/campaigns/campaign-waiting.js';
import { cachedAuditSettings } from './domain/audit/audit-settings.js';
import { createRateLimiter } from './domain/audit/campaigns/rate-limiter.js';
import { DEFAULT_SENDING_POLICY, type SendingPolicy } from './domain/audit/campaigns/send-campaign-messages.js';
import { ensureDefaultFramework } from './domain/audit/ensure-default-framework.js';
import { cachedFrameworkVersions } from './domain/audit/framework-index.js';
import { seedDefaultLearningResources } from './domain/audit/learning-resources.js';
import { sessionSignedIn } from './domain/directory/dev-sign-in.js';
import { directoryNavigation, directoryWaiting } from './domain/directory/get-me.js';
import { resolveSignedIn } from './domain/directory/resolve-actor.js';
import { systemClock, type Clock } from './domain/shared/clock.js';
import type { Microsoft365 } from './domain/shared/microsoft365.js';
import { createApp } from './http/create-app.js';
import { createRateLimits, type RateLimitAllowances } from './http/rate-limits.js';
import { auditCampaignRoutes } from './http/routes/audit-campaign-routes.js';
import { devSignInRoutes } from './http/routes/dev-sign-in-routes.js';
import { learningResourceRoutes } from './http/routes/learning-resource-routes.js';
import { directoryRoutes } from './http/routes/directory-routes.js';
import { meRoutes } from './http/routes/me-routes.js';
import { peopleRoutes } from './http/routes/people-routes.js';
import { platformRoutes } from './http/routes/platform-routes.js';
import { skillsAuditRoutes } from './http/routes/skills-audit-routes.js';
import { skillsFrameworkRoutes } from './http/routes/skills-framework-routes.js';
import { createGraphMicrosoft365 } from './m365/graph-microsoft365.js';
import { createAppTokenProvider } from './m365/msal-token-provider.js';
import { createOutboxMicrosoft365 } from './m365/outbox-microsoft365.js';
import { createEntraTokenValidator, type EntraTokenValidator } from './m365/token-validator.js';
import { startHubJobs, type HubJobs } from './jobs/hub-jobs.js';
import { APP_VERSION, PROJECT_ROOT } from './project-root.js';

/** Composition root: configuration → database → domain services → HTTP and bot → listen. */

export interface HubServer {
  url: string;
  port: number;
  database: OpenDatabase;
  microsoft365: Microsoft365;
  /** The campaign sender's controls: run it now, or run the minute job now (tests drive the clock). */
  campaignSending: HubJobs['campaignSending'];
  /** Runs a scheduled job (help-request escalation, drop-in reminders) now, against the server's clock. */
  runScheduledJob(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Tests replace what talks to the outside world; everything else is the real thing. */
export interface HubOverrides {
  microsoft365?: Microsoft365;
  tokenValidator?: EntraTokenValidator;
  clock?: Clock;
  /** Shorter waits between campaign message retries, so tests need not wait minutes. */
  campaignSending?: Partial<SendingPolicy>;
  /** Larger allowances, for tests that sign in or ask as many people as a busy council. */
  rateLimits?: RateLimitAllowances;
}

const SHUTDOWN_GRACE_MS = 10_000;
/** How long a server keeps the audit settings before reading them again (a save on this server is seen at once). */
const AUDIT_SETTINGS_CACHE_MS = 2_000;

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
  let jobs: HubJobs | undefined;
  try {
    const { db } = database;
    const clock = overrides.clock ?? systemClock;
    const directory = createDirectoryRepository(db);
    const auditLog = createAuditLogRepository(db);
    const sessions = createSessionRepository(db);
    const conversations = createConversationReferenceRepository(db);
    // One sender of proactive cards (invitations, offers, reminders) for every feature.
    const cardSender = createCardSender({
      adapter: createBotAdapter(config.bot, logger.child({ component: 'card-sender' })),
      botAppId: config.bot.appId,
      conversations,
    });
    const microsoft365 = overrides.microsoft365 ?? buildMicrosoft365(config, database, logger);
    const tokenValidator = overrides.tokenValidator ?? buildTokenValidator(config);
    const council = generateDemoCouncil();
    const frameworks = createFrameworkRepository(db);
    const auditDeps: AuditDeps = {
      responses: createAuditResponseRepository(db),
      frameworks: cachedFrameworkVersions(frameworks),
      settings: cachedAuditSettings(createAuditSettingsRepository(db), AUDIT_SETTINGS_CACHE_MS),
      audit: auditLog,
      clock,
    };
    // The shipped framework is part of the product, in every mode: saved before any route is served.
    if ((await ensureDefaultFramework(createFrameworkWriter(db))).saved) logger.info('default skills framework saved as version 1');
    const learningResources = createLearningResourceRepository(db);
    if ((await seedDefaultLearningResources(learningResources)).seeded) logger.info('default learning resources added');

    if (config.seedDemo) {
      const { seeded } = await seedDemoCouncil(db, directory, council);
      if (seeded) logger.info({ people: council.rows.length }, 'demo council seeded');
      const framework = config.seedDemoActivity ? await frameworks.current() : undefined;
      if (framework && (await seedDemoAudit(db, framework, clock.now())).seeded) logger.info('demo audit campaigns seeded');
      // Champions are chosen from the demo audits, so they come with the demo activity: a
      // server started without it (as tests are) begins with an empty champions programme.
      if (framework && (await seedDemoChampions(db, framework, clock.now(), { activity: true })).seeded) logger.info('demo champions programme seeded');
      // After the champions: some objectives are to support others as a Digital Champion.
      const objectivesSeeded = framework && (await seedDemoObjectives(db, framework, clock.now())).seeded;
      if (objectivesSeeded) logger.info('demo objectives, service plans and projects register seeded');
      // Fresh tables have no statistics until autovacuum's first pass: without them the planner
      // guesses one row per table, and Home's queries loop over whole tables.
      if (seeded || objectivesSeeded) await sql`analyze`.execute(db);
    }

    // What every capability wires itself from.
    const capabilityInput: CapabilityInput = {
      db,
      config,
      logger,
      clock,
      directory,
      auditLog,
      cardSender,
      microsoft365,
      frameworks,
      frameworkVersions: auditDeps.frameworks,
      audit: auditDeps,
      reminders: createReminderLedger(db),
    };
    const champions = composeChampionsProgramme(capabilityInput);
    const objectives = composeObjectivesProgramme(capabilityInput);
    const privacy = privacyParts(capabilityInput);

    // Background jobs start once the schema and the seed data are in place.
    const messageRate = createRateLimiter({ ratePerSecond: config.teamsMessagesPerSecond });
    jobs = await startHubJobs({
      db,
      logger,
      clock,
      pollingIntervalSeconds: config.jobsPollingIntervalSeconds,
      campaigns: {
        messenger: createCampaignMessenger({
          config: config.bot,
          logger: logger.child({ component: 'campaign-messages' }),
          conversations,
          auditTabUrl: tabPageDeepLink(config.teamsAppId, '/audit'),
        }),
        microsoft365,
        teamsAppId: config.teamsAppId,
        limiter: messageRate,
        policy: { ...DEFAULT_SENDING_POLICY, ...overrides.campaignSending },
      },
      scheduled: [...champions.scheduledJobs, ...objectives.scheduledJobs, ...privacy.scheduledJobs],
    });
    const campaignSending = jobs.campaignSending;

    const devSignIn = { directory, sessions, clock, suggestions: council.personas };
    const campaigns = createCampaignRepository(db);
    const routes = [
      ...meRoutes({
        directory,
        mode: config.mode,
        waiting: [directoryWaiting(directory), auditWaiting(auditDeps), campaignWaiting(campaigns), ...champions.waiting, ...objectives.waiting],
        navigation: [directoryNavigation({ outbox: microsoft365.kind === 'outbox' }), auditNavigation(), championsNavigation(), ...objectives.navigation],
      }),
      ...peopleRoutes({ directory, audit: auditLog }),
      ...directoryRoutes({ directory, microsoft365 }),
      ...platformRoutes({ auditLog, outbox: microsoft365.kind === 'outbox' ? createOutboxReader(db) : undefined }),
      ...skillsAuditRoutes(auditDeps),
      ...auditCampaignRoutes({
        campaigns,
        frameworks,
        clock,
        sending: { kick: campaignSending.kick, ratePerSecond: messageRate.ratePerSecond },
      }),
      ...skillsFrameworkRoutes({
        frameworks,
        history: createFrameworkHistory(db),
        writer: createFrameworkWriter(db),
        audit: auditLog,
      }),
      ...learningResourceRoutes({ resources: learningResources, frameworks }),
      ...champions.routes,
      ...objectives.routes,
      ...privacy.routes,
      ...(config.devSignIn ? devSignInRoutes(devSignIn, { secureCookies: config.publicUrl.startsWith('https://') }) : []),
    ];
    routes.push(...champions.lastRoutes);

    const findPerson = async (entraObjectId: string) => {
      const facts = await directory.actorFacts({ entraObjectId });
      return facts && facts.person.status === 'active' ? { id: facts.person.id, displayName: facts.person.displayName } : undefined;
    };

    const app = createApp({
      logger,
      publicUrl: config.publicUrl,
      version: APP_VERSION,
      trustProxy: config.mode === 'production',
      routes,
      rateLimits: createRateLimits(createRateLimitCounters(database.db), overrides.rateLimits),
      auth: {
        validateBearer: tokenValidator ? (token) => tokenValidator.validate(token) : undefined,
        sessionSignedIn: config.devSignIn ? (token) => sessionSignedIn(devSignIn, token) : undefined,
        resolveSignedIn: (key) => resolveSignedIn(directory, key),
      },
      botEndpoint: createBotEndpoint({
        config: config.bot,
        conversations,
        findPersonByEntraObjectId: findPerson,
        logger: logger.child({ component: 'bot' }),
        teamsAppId: config.teamsAppId,
        audit: bindAuditUseCases(auditDeps, directory),
        features: [...champions.features, ...objectives.features, ...privacy.features],
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
        // A message being sent is finished and recorded before the database goes.
        await jobs?.stop(SHUTDOWN_GRACE_MS);
        await database.close();
      })());

    const url = config.port === port ? config.publicUrl : `http://localhost:${port}`;
    return { url, port, database, microsoft365, campaignSending, runScheduledJob: (name) => jobs!.scheduled.run(name), close };
  } catch (error) {
    await jobs?.stop(0);
    await database.close();
    throw error;
  }
}
