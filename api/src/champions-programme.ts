import type { BotFeature } from '../../bot/bot-feature.js';
import { tabPageDeepLink } from '../../bot/audit-tab-links.js';
import { championTabLinks, createChampionFeature } from '../../bot/champion-feature.js';
import { createChampionNotifier } from '../../bot/champion-notifier.js';
import { bindChampionUseCases } from '../../bot/champion-use-cases.js';
import { createDropInNotifier } from '../../bot/drop-in-notifier.js';
import { createHelpRequestFeature } from '../../bot/help-request-feature.js';
import { createHelpRequestBotNotifier } from '../../bot/help-request-notifier.js';
import { bindHelpRequestUseCases, guideTabLink } from '../../bot/help-request-use-cases.js';
import { bindMatchUseCases, createMatchFeature, matchTabLinks } from '../../bot/match-feature.js';
import { createMatchNotifier } from '../../bot/match-notifier.js';
import { createChampionDashboardRepository } from './db/champion-dashboard-repository.js';
import { createChampionPool } from './db/champion-pool-repository.js';
import { createChampionRepository } from './db/champion-repository.js';
import { createConversationReferenceRepository } from './db/conversation-reference-repository.js';
import { createDropInRepository } from './db/drop-in-repository.js';
import { createGuideRepository } from './db/guide-repository.js';
import { createHelpRequestCardRepository } from './db/help-request-card-repository.js';
import { createHelpRequestRepository } from './db/help-request-repository.js';
import { createHelpRequestSettingsRepository } from './db/help-request-settings-repository.js';
import { createMatchingRepository } from './db/matching-repository.js';
import { createSupportLogRepository } from './db/support-log-repository.js';
import type { ChampionDeps } from './domain/champions/lifecycle/champion-deps.js';
import type { DropInDeps } from './domain/champions/drop-ins/drop-in-deps.js';
import { sendDropInReminders } from './domain/champions/drop-ins/send-drop-in-reminders.js';
import { escalateDueHelpRequests } from './domain/champions/help-requests/escalate-due-help-requests.js';
import type { HelpRequestDeps } from './domain/champions/help-requests/help-request-deps.js';
import type { MatchingDeps } from './domain/champions/matching/matching-deps.js';
import type { SupportLogDeps } from './domain/champions/support-log/support-log-deps.js';
import type { AnyRoute } from './http/route.js';
import { championDashboardRoutes } from './http/routes/champion-dashboard-routes.js';
import { championRecordRoutes, championRoutes } from './http/routes/champion-routes.js';
import { dropInRoutes } from './http/routes/drop-in-routes.js';
import { guideRoutes } from './http/routes/guide-routes.js';
import { helpRequestRoutes } from './http/routes/help-request-routes.js';
import { matchingRoutes } from './http/routes/matching-routes.js';
import { supportLogRoutes } from './http/routes/support-log-routes.js';
import type { ScheduledJob } from './jobs/scheduled-jobs.js';
import type { CapabilityInput } from './compose/capability-parts.js';
import { createChampionWorkCounts } from './db/champion-work-counts.js';
import { championWaiting } from './domain/champions/home/champion-work.js';
import type { WaitingProvider } from './domain/directory/get-me.js';

/**
 * The Digital Champions programme wired up: its use cases' dependencies, HTTP routes, bot
 * features and scheduled jobs. Part of the composition root (server.ts), kept apart so that
 * each capability's wiring reads as one piece.
 */
export type ChampionsProgrammeInput = CapabilityInput;

export interface ChampionsProgramme {
  routes: AnyRoute[];
  /** GET /api/champions/:personId reads any other /api/champions/<page> as an id, so it is mounted after every other route. */
  lastRoutes: AnyRoute[];
  features: BotFeature[];
  scheduledJobs: ScheduledJob[];
  waiting: WaitingProvider[];
}

function helpRequestDepsFor(input: ChampionsProgrammeInput): HelpRequestDeps {
  const { db, logger, directory } = input;
  const settings = createHelpRequestSettingsRepository(db);
  return {
    requests: createHelpRequestRepository(db),
    pool: createChampionPool(db),
    frameworks: input.frameworkVersions,
    settings,
    channels: createConversationReferenceRepository(db),
    notifier: createHelpRequestBotNotifier({
      sender: input.cardSender,
      cards: createHelpRequestCardRepository(db),
      championsChannelId: async () => (await settings.get()).championsChannelConversationId,
      siteNameOf: async (personId) => (await directory.findPerson(personId))?.site?.name ?? null,
      guideUrl: guideTabLink(input.config.teamsAppId),
      logger: logger.child({ component: 'help-request-cards' }),
    }),
    clock: input.clock,
    audit: input.auditLog,
    onNotifyError: (error, event) => logger.error({ err: error, event }, 'the help request notifier threw; the change stands'),
  };
}

export function composeChampionsProgramme(input: ChampionsProgrammeInput): ChampionsProgramme {
  const { db, logger, clock, directory, cardSender, frameworks } = input;
  const { teamsAppId } = input.config;

  const helpRequestDeps = helpRequestDepsFor(input);
  const championLinks = championTabLinks(teamsAppId);
  const championDeps: ChampionDeps = {
    champions: createChampionRepository(db),
    frameworks,
    audit: input.auditLog,
    notifier: createChampionNotifier({ cardSender, logger: logger.child({ component: 'champion-notices' }), links: championLinks }),
    clock,
  };
  const matchLinks = matchTabLinks(teamsAppId);
  const matchingDeps: MatchingDeps = {
    matching: createMatchingRepository(db),
    notifier: createMatchNotifier({ cardSender, logger: logger.child({ component: 'match-cards' }), links: matchLinks }),
    clock,
  };
  const supportLogDeps: SupportLogDeps = { supportLog: createSupportLogRepository(db), frameworks, clock, audit: input.auditLog };
  const dropInDeps: DropInDeps = {
    dropIns: createDropInRepository(db),
    supportLog: supportLogDeps.supportLog,
    frameworks,
    microsoft365: input.microsoft365,
    notifier: createDropInNotifier({ cardSender, logger: logger.child({ component: 'drop-ins' }), tabUrl: tabPageDeepLink(teamsAppId, '/drop-ins') }),
    clock,
  };

  return {
    routes: [
      // Before the champion routes, so that 'dashboard' and 'overview' are never read as ids.
      ...championDashboardRoutes({ dashboards: createChampionDashboardRepository(db), frameworks, clock }),
      ...guideRoutes({ guides: createGuideRepository(db), frameworks, clock }),
      ...helpRequestRoutes(helpRequestDeps),
      ...supportLogRoutes(supportLogDeps),
      ...dropInRoutes(dropInDeps),
      ...championRoutes(championDeps),
      ...matchingRoutes(matchingDeps),
    ],
    lastRoutes: championRecordRoutes(championDeps),
    waiting: [championWaiting(createChampionWorkCounts(db))],
    features: [
      createChampionFeature({
        useCases: bindChampionUseCases(championDeps, directory),
        logger: logger.child({ component: 'champion-bot' }),
        links: championLinks,
      }),
      createHelpRequestFeature({
        useCases: bindHelpRequestUseCases(helpRequestDeps, directory),
        logger: logger.child({ component: 'help-request-bot' }),
        guideUrl: guideTabLink(teamsAppId),
      }),
      createMatchFeature({ useCases: bindMatchUseCases(matchingDeps, directory), logger: logger.child({ component: 'match-bot' }), links: matchLinks }),
    ],
    scheduledJobs: [
      { name: 'help-request-escalation', cron: '* * * * *', run: () => escalateDueHelpRequests(helpRequestDeps).then(() => undefined) },
      {
        name: 'drop-in-reminders',
        cron: '*/15 * * * *',
        run: async () => {
          const { sent } = await sendDropInReminders(dropInDeps);
          if (sent > 0) logger.info({ sent }, 'drop-in reminders sent');
        },
      },
    ],
  };
}
