import { tabPageDeepLink } from './audit-tab-links.js';
import type { ObjectiveTabLinks } from './cards/objective-card-parts.js';

/** The tab pages the objective cards link to, as Teams deep links (paths as in tab/src/routes.ts). */
export function objectiveTabLinks(teamsAppId: string): ObjectiveTabLinks {
  return {
    objective: (objectiveId) => tabPageDeepLink(teamsAppId, `/objectives/view?id=${encodeURIComponent(objectiveId)}`),
    myObjectives: tabPageDeepLink(teamsAppId, '/objectives'),
    newObjective: tabPageDeepLink(teamsAppId, '/objectives/edit'),
    mySkills: tabPageDeepLink(teamsAppId, '/my-skills'),
    teamObjectives: tabPageDeepLink(teamsAppId, '/team/objectives'),
  };
}
