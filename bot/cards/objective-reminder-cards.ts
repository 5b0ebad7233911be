import type { PersonRef } from '../../api/src/contracts/champions.js';
import type { AppraisalYear } from '../../api/src/contracts/objectives.js';
import { londonDate } from '../../api/src/domain/shared/working-hours.js';
import type { ReminderObjective } from '../../api/src/domain/objectives/reminders/objective-reminder-facts.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction, type Container } from './adaptive-card.js';
import { longDate } from './audit-wording.js';
import { firstNameOf } from './campaign-invitation-card.js';
import { openObjectiveAction, targetDateText, type ObjectiveTabLinks } from './objective-card-parts.js';

/** The scheduled reminders' cards: what waits for a manager, the agree-by date, and check-ins due. */

const MOST_LISTED = 10;

function ukDate(at: Date): string {
  return longDate(londonDate(at));
}

export interface WaitingReminderCardInput {
  objectives: ReadonlyArray<ReminderObjective & { proposedAt: Date }>;
  links?: ObjectiveTabLinks | undefined;
}

function waitingBlock(objective: ReminderObjective & { proposedAt: Date }): Container {
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      paragraph(objective.title, { weight: 'Bolder' }),
      paragraph(`From ${objective.person.displayName}, proposed on ${ukDate(objective.proposedAt)}.`, { spacing: 'None' }),
    ],
  };
}

/** To a line manager, once a week: every objective that has waited too long for them. */
export function buildWaitingReminderCard(input: WaitingReminderCardInput): AdaptiveCard {
  const count = input.objectives.length;
  const title = count === 1 ? 'A digital objective is waiting for you' : `${count} digital objectives are waiting for you`;
  const text = 'Please agree each one, or return it with a comment saying what should change.';
  const shown = input.objectives.slice(0, MOST_LISTED);
  const body = [heading(title), paragraph(text), ...shown.map(waitingBlock)];
  if (count > shown.length) body.push(paragraph(`And ${count - shown.length} more in the tab.`, { isSubtle: true }));
  const spoken = shown.map((objective) => `${objective.title}, from ${objective.person.displayName}.`).join(' ');
  const actions: CardAction[] = input.links ? [{ type: 'Action.OpenUrl', title: 'Review in the tab', url: input.links.teamObjectives }] : [];
  return adaptiveCard({ speak: `${title}. ${text} ${spoken}`, fallbackText: title, body, actions });
}

export interface AgreeByReminderCardInput {
  person: PersonRef;
  year: Pick<AppraisalYear, 'label' | 'agreeBy'>;
  links?: ObjectiveTabLinks | undefined;
}

/** To a person with no agreed objective, as the agree-by date nears. */
export function buildAgreeByReminderCard(input: AgreeByReminderCardInput): AdaptiveCard {
  const by = longDate(input.year.agreeBy);
  const greeting = `Hello ${firstNameOf(input.person.displayName)}, you don’t have an agreed digital objective for ${input.year.label} yet.`;
  const when = `Everyone should have one agreed with their manager by ${by}.`;
  const how = 'Make one from a gap in your skills report, or write your own, then propose it to your manager.';
  const actions: CardAction[] = input.links
    ? [
        { type: 'Action.OpenUrl', title: 'Open my skills report', url: input.links.mySkills },
        { type: 'Action.OpenUrl', title: 'My objectives', url: input.links.myObjectives },
      ]
    : [];
  return adaptiveCard({
    speak: `${greeting} ${when} ${how}`,
    fallbackText: `Agree a digital objective by ${by}.`,
    body: [heading(`Agree a digital objective by ${by}`), paragraph(greeting), paragraph(when, { weight: 'Bolder' }), paragraph(how)],
    actions,
  });
}

export interface CheckInReminderCardInput {
  objective: ReminderObjective;
  audience: 'person' | 'manager';
  /** 'YYYY-MM-DD'. */
  dueOn: string;
  links?: ObjectiveTabLinks | undefined;
}

/** To the person and to their line manager: a check-in is due. */
export function buildCheckInReminderCard(input: CheckInReminderCardInput): AdaptiveCard {
  const { objective } = input;
  const mine = input.audience === 'person';
  const title = mine ? 'Time for a check-in on your objective' : `Time to check in with ${objective.person.displayName}`;
  const about = mine
    ? `A check-in on “${objective.title}” was due on ${longDate(input.dueOn)}.`
    : `A check-in on ${firstNameOf(objective.person.displayName)}’s objective “${objective.title}” was due on ${longDate(input.dueOn)}.`;
  const how = mine
    ? 'Add a short note on how it is going and how far you have got. Your manager sees it.'
    : 'Talk it through, then either of you can record the check-in in the tab.';
  return adaptiveCard({
    speak: `${title}. ${about} ${how}`,
    fallbackText: title,
    body: [
      heading(title),
      paragraph(about),
      { type: 'FactSet', facts: [{ title: 'Target date', value: targetDateText(objective.targetDate) }] },
      paragraph(how, { spacing: 'Medium' }),
    ],
    actions: openObjectiveAction(input.links, objective.id, mine ? 'Record a check-in' : 'Open the objective'),
  });
}
