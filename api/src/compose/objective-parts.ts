import { DEFAULT_OBJECTIVE_SETTINGS, ObjectiveSettings } from '../contracts/objectives.js';
import { createAppraisalYearRepository } from '../db/appraisal-year-repository.js';
import { createObjectiveRepository } from '../db/objective-repository.js';
import { createSettingsRepository } from '../db/settings-repository.js';
import type { ObjectiveDeps } from '../domain/objectives/objective-deps.js';
import type { ObjectiveNotifier } from '../domain/objectives/objective-notifier.js';
import { appraisalYearRoutes } from '../http/routes/appraisal-year-routes.js';
import { objectiveRoutes } from '../http/routes/objective-routes.js';
import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** Appraisal years and objectives: their use cases' dependencies and routes. */
export function objectiveParts(input: CapabilityInput, notifier: ObjectiveNotifier): CapabilityParts & { deps: ObjectiveDeps } {
  const { logger } = input;
  const deps: ObjectiveDeps = {
    directory: input.directory,
    settings: createSettingsRepository(input.db, 'objectives', ObjectiveSettings, DEFAULT_OBJECTIVE_SETTINGS),
    objectives: createObjectiveRepository(input.db),
    years: createAppraisalYearRepository(input.db),
    frameworks: input.frameworks,
    audit: input.audit,
    notifier,
    auditLog: input.auditLog,
    clock: input.clock,
    onNotifyError: (error, event) => logger.error({ err: error, event }, 'the objective notifier threw; the move stands'),
  };
  return { deps, routes: [...appraisalYearRoutes(deps), ...objectiveRoutes(deps)] };
}
