import { DEFAULT_OBJECTIVE_SETTINGS, ObjectiveSettings } from '../contracts/objectives.js';
import { createSettingsRepository } from '../db/settings-repository.js';
import type { ObjectiveDeps } from '../domain/objectives/objective-deps.js';
import type { ObjectiveNotifier } from '../domain/objectives/objective-notifier.js';
import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** Appraisal years and objectives: their use cases' dependencies and routes. */
export function objectiveParts(input: CapabilityInput, notifier: ObjectiveNotifier): CapabilityParts & { deps: ObjectiveDeps } {
  const deps: ObjectiveDeps = {
    directory: input.directory,
    settings: createSettingsRepository(input.db, 'objectives', ObjectiveSettings, DEFAULT_OBJECTIVE_SETTINGS),
    audit: input.audit,
    notifier,
    auditLog: input.auditLog,
    clock: input.clock,
  };
  return { deps, routes: [] };
}
