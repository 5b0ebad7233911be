import { OBJECTIVE_STATUS_LABELS, type MyObjectives, type Objective } from '../../api/src/contracts/objectives.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction, type Container } from './adaptive-card.js';
import { kindText, targetDateText, type ObjectiveTabLinks } from './objective-card-parts.js';

/** The bot's answer to `objectives`: the person's own objectives for the open year, with the next step of each. */

/** Cards over about 28 KB are refused; ten objectives is far more than anyone has. */
const MOST_SHOWN = 10;

function objectiveBlock(objective: Objective): Container {
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      paragraph(objective.title, { weight: 'Bolder' }),
      {
        type: 'FactSet',
        facts: [
          { title: 'Status', value: OBJECTIVE_STATUS_LABELS[objective.status] },
          { title: 'Kind', value: kindText(objective.kind) },
          { title: 'Target date', value: targetDateText(objective.targetDate) },
        ],
      },
      paragraph(`Next step: ${objective.nextStep}`, { spacing: 'Small' }),
    ],
  };
}

function openTab(links: ObjectiveTabLinks | undefined): CardAction[] {
  return links ? [{ type: 'Action.OpenUrl', title: 'Open my objectives', url: links.myObjectives }] : [];
}

function noYearCard(links: ObjectiveTabLinks | undefined): AdaptiveCard {
  const text = 'There is no appraisal year open just now, so there are no digital objectives to agree yet. HR opens each year; I’ll remind you when it matters.';
  return adaptiveCard({
    speak: `Your digital objectives. ${text}`,
    fallbackText: 'No appraisal year is open yet.',
    body: [heading('Your digital objectives'), paragraph(text)],
    actions: openTab(links),
  });
}

function noneYetCard(yearLabel: string, links: ObjectiveTabLinks | undefined): AdaptiveCard {
  const none = `You have no digital objective for ${yearLabel} yet.`;
  const how =
    'Make one from your skills report: each gap has a “Make this my objective” button that writes a draft for you. Or write your own, then propose it to your manager.';
  const actions: CardAction[] = links
    ? [
        { type: 'Action.OpenUrl', title: 'Open my skills report', url: links.mySkills },
        { type: 'Action.OpenUrl', title: 'Write an objective', url: links.newObjective },
      ]
    : [];
  return adaptiveCard({
    speak: `${none} ${how}`,
    fallbackText: none,
    body: [heading('Your digital objectives'), paragraph(none, { weight: 'Bolder' }), paragraph(how)],
    actions,
  });
}

export function buildMyObjectivesCard(mine: MyObjectives, links?: ObjectiveTabLinks): AdaptiveCard {
  if (!mine.year) return noYearCard(links);
  if (mine.items.length === 0) return noneYetCard(mine.year.label, links);
  const shown = mine.items.slice(0, MOST_SHOWN);
  const more = mine.items.length - shown.length;
  const title = `Your digital objectives for ${mine.year.label}`;
  const spoken = shown.map((objective) => `${objective.title}: ${OBJECTIVE_STATUS_LABELS[objective.status]}. Next step: ${objective.nextStep}`).join(' ');
  const body = [heading(title), ...shown.map(objectiveBlock)];
  if (more > 0) body.push(paragraph(`And ${more} more in the tab.`, { isSubtle: true, spacing: 'Medium' }));
  return adaptiveCard({
    speak: `${title}. ${spoken}`,
    fallbackText: `${title}: ${mine.items.length}`,
    body,
    actions: openTab(links),
  });
}
