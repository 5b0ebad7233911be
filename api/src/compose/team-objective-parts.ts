import { createTeamObjectiveRepository } from '../db/team-objective-repository.js';
import type { ObjectiveDeps } from '../domain/objectives/objective-deps.js';
import { myObjectivesWaiting, teamObjectivesWaiting } from '../domain/objectives/team/objectives-waiting.js';
import type { TeamObjectiveDeps } from '../domain/objectives/team/team-objective-deps.js';
import { teamObjectiveRoutes } from '../http/routes/team-objective-routes.js';
import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** The manager's view of their reporting line, the export, and what waits on Home. */
export function teamObjectiveParts(input: CapabilityInput, objectives: ObjectiveDeps): CapabilityParts {
  const deps: TeamObjectiveDeps = {
    teamObjectives: createTeamObjectiveRepository(input.db),
    years: objectives.years,
    directory: input.directory,
    // The same settings the objectives use: one check-in interval for the whole council.
    settings: objectives.settings,
    audit: input.audit,
    auditLog: input.auditLog,
    clock: input.clock,
  };
  return {
    routes: teamObjectiveRoutes(deps),
    waiting: [myObjectivesWaiting(deps), teamObjectivesWaiting(deps)],
  };
}
