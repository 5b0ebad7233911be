import type { WaitingItem } from '../../../contracts/me.js';
import type { AppraisalYear, ObjectiveStatus } from '../../../contracts/objectives.js';
import { longDate } from '../../audit/open-campaign.js';
import type { WaitingProvider } from '../../directory/get-me.js';
import { hasRole, type Actor } from '../../shared/actor.js';
import { findOpenYear } from '../appraisal-years/find-open-year.js';
import { checkInRule } from './check-in-rule.js';
import type { TeamObjectiveDeps } from './team-objective-deps.js';
import type { PersonalStanding } from './team-objective-repository.js';

type Deps = Pick<TeamObjectiveDeps, 'teamObjectives' | 'years' | 'settings' | 'clock'>;

const AGREED: readonly ObjectiveStatus[] = ['agreed', 'in-progress', 'completed'];

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many.replace('{n}', String(count));
}

/** What to do next about having no agreed objective, from where the person's objectives stand. */
function agreeDetail(year: AppraisalYear, { statuses }: PersonalStanding, today: string): string {
  const by = year.agreeBy < today ? `The date to agree one was ${longDate(year.agreeBy)}.` : `Agree one with your manager by ${longDate(year.agreeBy)}.`;
  if (statuses.includes('proposed')) return `${by} Yours is waiting for your manager to agree it.`;
  if (statuses.includes('returned')) return `${by} Your manager returned yours with a comment: change it and propose it again.`;
  if (statuses.includes('draft')) return `${by} Finish your draft and propose it to your manager.`;
  return `${by} Write one, or make one from a gap in your skills report, and propose it.`;
}

/** Home's reminders about a person's own digital objectives: none agreed yet, and check-ins due. */
export function myObjectivesWaiting(deps: Deps): WaitingProvider {
  return async (actor: Actor): Promise<WaitingItem[]> => {
    const year = await findOpenYear(deps);
    if (!year) return [];
    const rule = await checkInRule(deps);
    const standing = await deps.teamObjectives.personalStanding(actor.personId, year.id, rule);
    const items: WaitingItem[] = [];
    if (!standing.statuses.some((status) => AGREED.includes(status))) {
      items.push({
        id: 'objective-to-agree',
        title: `You have no agreed digital objective for ${year.label} yet`,
        detail: agreeDetail(year, standing, rule.today),
        href: '/objectives',
      });
    }
    if (standing.checkInsDue > 0) {
      items.push({
        id: 'objective-check-ins',
        title: plural(standing.checkInsDue, 'A check-in on your digital objective is due', '{n} check-ins on your digital objectives are due'),
        detail: 'Record how you are getting on: a short note and how far along you are.',
        href: '/objectives',
        count: standing.checkInsDue,
      });
    }
    return items;
  };
}

/** Home's reminders for a line manager about the people who report to them directly. */
export function teamObjectivesWaiting(deps: Deps): WaitingProvider {
  return async (actor: Actor): Promise<WaitingItem[]> => {
    if (!hasRole(actor, 'lineManager')) return [];
    const year = await findOpenYear(deps);
    if (!year) return [];
    const { waiting, checkInsOverdue } = await deps.teamObjectives.managerStanding(actor.personId, year.id, await checkInRule(deps));
    const items: WaitingItem[] = [];
    if (waiting > 0) {
      items.push({
        id: 'objectives-to-agree',
        title: plural(waiting, '1 digital objective waits for your agreement', '{n} digital objectives wait for your agreement'),
        detail: 'People who report to you have proposed them. Agree each one, or return it with a comment saying what to change.',
        href: '/team/objectives?status=waiting',
        count: waiting,
      });
    }
    if (checkInsOverdue > 0) {
      items.push({
        id: 'team-check-ins',
        title: plural(checkInsOverdue, '1 check-in in your team is overdue', '{n} check-ins in your team are overdue'),
        detail: 'Talk with each person about how their digital objective is going, and record a check-in.',
        href: '/team/objectives?status=check-in-overdue',
        count: checkInsOverdue,
      });
    }
    return items;
  };
}
