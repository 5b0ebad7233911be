import { councilDate } from '../../audit/campaign-window.js';
import type { TeamObjectiveDeps } from './team-objective-deps.js';
import type { CheckInRule } from './team-objective-repository.js';

/** Today in the council's calendar and the council's check-in interval: what "a check-in is due" is measured against. */
export async function checkInRule(deps: Pick<TeamObjectiveDeps, 'settings' | 'clock'>): Promise<CheckInRule> {
  const settings = await deps.settings.get();
  return { today: councilDate(deps.clock.now()), checkInEveryDays: settings.checkInEveryDays };
}

/** Due on a day that has passed: today itself still counts as on time. */
export function isOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && dueOn < today;
}
