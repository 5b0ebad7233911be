import { tabPageDeepLink } from '../../../bot/audit-tab-links.js';
import type { BotFeature } from '../../../bot/bot-feature.js';
import { createPrivacyFeature } from '../../../bot/privacy-feature.js';
import { DEFAULT_RETENTION_SETTINGS, RetentionSettings } from '../contracts/privacy.js';
import { createErasureRepository } from '../db/erasure-repository.js';
import { createPersonalDataRepository } from '../db/personal-data-repository.js';
import { createRetentionRepository } from '../db/retention-repository.js';
import { createSettingsRepository } from '../db/settings-repository.js';
import { applyRetention, type RetentionDeps } from '../domain/privacy/retention.js';
import type { AnyRoute } from '../http/route.js';
import { privacyRoutes } from '../http/routes/privacy-routes.js';
import type { ScheduledJob } from '../jobs/scheduled-jobs.js';
import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** People's rights over their data: downloading it, erasure, and the retention the privacy notice promises. */
export function privacyParts(input: CapabilityInput): CapabilityParts & { routes: AnyRoute[]; scheduledJobs: ScheduledJob[]; features: BotFeature[] } {
  const erasure = createErasureRepository(input.db);
  const retention: RetentionDeps = {
    settings: createSettingsRepository(input.db, 'retention', RetentionSettings, DEFAULT_RETENTION_SETTINGS),
    retention: createRetentionRepository(input.db),
    erasure,
    clock: input.clock,
  };
  const logger = input.logger.child({ component: 'retention' });
  return {
    routes: privacyRoutes({
      personalData: createPersonalDataRepository(input.db),
      erasure,
      settings: retention.settings,
      directory: input.directory,
      clock: input.clock,
    }),
    features: [createPrivacyFeature({ privacy: tabPageDeepLink(input.config.teamsAppId, '/privacy') })],
    scheduledJobs: [
      {
        name: 'privacy-retention',
        // Nightly, when nobody is using the hub.
        cron: '30 2 * * *',
        run: async () => {
          const run = await applyRetention(retention);
          if (run.erased + run.sessionsPurged + run.auditEntriesPurged > 0) logger.info(run, 'retention applied');
        },
      },
    ],
  };
}
