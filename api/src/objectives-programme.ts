import { mergeParts, type CapabilityInput, type CapabilityParts } from './compose/capability-parts.js';
import { objectiveBotParts, objectiveNotifierFor } from './compose/objective-bot-parts.js';
import { objectiveParts } from './compose/objective-parts.js';
import { projectRegisterParts } from './compose/project-register-parts.js';
import { servicePlanParts } from './compose/service-plan-parts.js';
import { teamObjectiveParts } from './compose/team-objective-parts.js';
import { objectivesNavigation } from './domain/objectives/objectives-navigation.js';

/**
 * Digital objectives in appraisals, service plans and the digital projects register, wired
 * up. Part of the composition root (server.ts), kept apart so that it reads as one piece.
 */
export function composeObjectivesProgramme(input: CapabilityInput): Required<CapabilityParts> {
  const objectives = objectiveParts(input, objectiveNotifierFor(input));
  return mergeParts([
    { navigation: [objectivesNavigation()] },
    // Before the objective routes, so that /api/objectives/team and /export are never read as ids.
    teamObjectiveParts(input, objectives.deps),
    objectives,
    objectiveBotParts(input, objectives.deps),
    servicePlanParts(input),
    projectRegisterParts(input),
  ]);
}
