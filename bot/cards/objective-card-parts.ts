import { OBJECTIVE_KIND_LABELS, type ObjectiveKind } from '../../api/src/contracts/objectives.js';
import type { ObjectiveNotice } from '../../api/src/domain/objectives/objective-notifier.js';
import { paragraph, type CardAction, type CardElement, type Container, type Fact } from './adaptive-card.js';
import { longDate } from './audit-wording.js';

/** What the objective cards share: the tab's pages they link to, the facts they show, and problems. */

/** Pages of the tab the cards link to, as Teams deep links. */
export interface ObjectiveTabLinks {
  objective(objectiveId: string): string;
  myObjectives: string;
  newObjective: string;
  mySkills: string;
  teamObjectives: string;
}

export function targetDateText(targetDate: string | null): string {
  return targetDate ? longDate(targetDate) : 'Not set';
}

export function kindText(kind: ObjectiveKind): string {
  return OBJECTIVE_KIND_LABELS[kind];
}

/** The objective as the person wrote it: title, what success looks like, then the short facts. */
export function objectiveSummary(objective: ObjectiveNotice, options: { showPerson: boolean }): CardElement[] {
  const facts: Fact[] = [
    ...(options.showPerson ? [{ title: 'Person', value: objective.person.displayName }] : []),
    { title: 'Kind', value: kindText(objective.kind) },
    { title: 'Target date', value: targetDateText(objective.targetDate) },
    { title: 'Appraisal year', value: objective.year.label },
  ];
  return [
    paragraph(objective.title, { size: 'Medium', weight: 'Bolder', spacing: 'Medium' }),
    paragraph('What success looks like', { weight: 'Bolder', spacing: 'Small' }),
    paragraph(objective.successMeasure, { spacing: 'None' }),
    { type: 'FactSet', facts, spacing: 'Medium' },
  ];
}

/** What a screen reader says for the summary. */
export function spokenSummary(objective: ObjectiveNotice): string {
  return `${objective.title}. What success looks like: ${objective.successMeasure} Target date: ${targetDateText(objective.targetDate)}.`;
}

export function problemBlock(problems: readonly string[]): Container {
  return {
    type: 'Container',
    style: 'attention',
    spacing: 'Medium',
    items: problems.map((problem) => paragraph(problem, { color: 'Attention', weight: 'Bolder' })),
  };
}

export function openObjectiveAction(links: ObjectiveTabLinks | undefined, objectiveId: string, title = 'Open in the tab'): CardAction[] {
  return links ? [{ type: 'Action.OpenUrl', title, url: links.objective(objectiveId) }] : [];
}
