import type { PersonRef } from '../../api/src/contracts/champions.js';
import { OBJECTIVE_OUTCOME_LABELS } from '../../api/src/contracts/objectives.js';
import type { ObjectiveNotice } from '../../api/src/domain/objectives/objective-notifier.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { firstNameOf } from './campaign-invitation-card.js';
import { OBJECTIVE_VERBS, RETURN_COMMENT_INPUT } from './objective-card-data.js';
import { objectiveSummary, openObjectiveAction, problemBlock, spokenSummary, type ObjectiveTabLinks } from './objective-card-parts.js';

/** The line manager's card for a proposed objective, and what it becomes once they answer. */

export interface ObjectiveReviewCardInput {
  objective: ObjectiveNotice;
  links?: ObjectiveTabLinks | undefined;
  /** Shown above the comment box when a press could not be taken (for example Return without a comment). */
  problems?: readonly string[];
}

/**
 * Agree needs nothing typed; Return needs a comment. The comment box is required, so Teams
 * checks it before sending Return; Agree does not send the inputs at all, so an empty box
 * never holds it up.
 */
export function buildObjectiveReviewCard(input: ObjectiveReviewCardInput): AdaptiveCard {
  const { objective } = input;
  const person = objective.person.displayName;
  const first = firstNameOf(person);
  const title = `${person} proposes a digital objective`;
  const ask = `${first} would like you to agree this digital objective for ${objective.year.label}.`;
  const how = `Agree it, or return it with a comment saying what should change. ${first} sees your comment.`;
  const body: CardElement[] = [heading(title), paragraph(ask), ...objectiveSummary(objective, { showPerson: true })];
  if (input.problems && input.problems.length > 0) body.push(problemBlock(input.problems));
  body.push(paragraph(how, { spacing: 'Medium' }), {
    type: 'Input.Text',
    id: RETURN_COMMENT_INPUT.id,
    label: RETURN_COMMENT_INPUT.label,
    isMultiline: true,
    maxLength: 1000,
    isRequired: true,
    errorMessage: `Write what should change before you return the objective; ${first} sees it.`,
  });
  const data = { objectiveId: objective.id };
  return adaptiveCard({
    speak: `${title} for ${objective.year.label}. ${spokenSummary(objective)} ${how} To return it, fill in “${RETURN_COMMENT_INPUT.label}” first.`,
    fallbackText: `${title}: ${objective.title}`,
    body,
    actions: [
      { type: 'Action.Execute', title: 'Agree', verb: OBJECTIVE_VERBS.agree, data, associatedInputs: 'none', style: 'positive' },
      { type: 'Action.Execute', title: 'Return', verb: OBJECTIVE_VERBS.return, data, associatedInputs: 'auto' },
      ...openObjectiveAction(input.links, objective.id),
    ],
  });
}

/** What the review card becomes after Agree. */
export function buildObjectiveAgreedAnswerCard(objective: ObjectiveNotice, links?: ObjectiveTabLinks): AdaptiveCard {
  const done = `Agreed — ${objective.person.displayName} has been told.`;
  const next = 'Check in with them during the year, and record the outcome at the end.';
  return adaptiveCard({
    speak: `${done} ${spokenSummary(objective)} ${next}`,
    fallbackText: done,
    body: [heading('Objective agreed'), paragraph(done, { weight: 'Bolder' }), ...objectiveSummary(objective, { showPerson: true }), paragraph(next, { spacing: 'Medium' })],
    actions: openObjectiveAction(links, objective.id),
  });
}

/** What the review card becomes after Return. */
export function buildObjectiveReturnedAnswerCard(objective: ObjectiveNotice, links?: ObjectiveTabLinks): AdaptiveCard {
  const done = `Returned — ${objective.person.displayName} has been told, with your comment.`;
  const comment = objective.returnComment ? `You wrote: “${objective.returnComment}”` : '';
  const body: CardElement[] = [heading('Objective returned'), paragraph(done, { weight: 'Bolder' })];
  if (comment) body.push(paragraph(comment, { isSubtle: true }));
  body.push(...objectiveSummary(objective, { showPerson: true }));
  return adaptiveCard({
    speak: `${done} ${comment} ${spokenSummary(objective)}`.trim(),
    fallbackText: done,
    body,
    actions: openObjectiveAction(links, objective.id),
  });
}

/** A press that could not be taken, in the use case's own words. */
export function buildObjectiveProblemCard(problems: readonly string[], options: { title?: string; objectiveId?: string; links?: ObjectiveTabLinks | undefined } = {}): AdaptiveCard {
  const title = options.title ?? 'Nothing was changed';
  return adaptiveCard({
    speak: `${title}. ${problems.join(' ')}`,
    fallbackText: `${title}. ${problems.join(' ')}`,
    body: [heading(title), ...problems.map((problem) => paragraph(problem))],
    actions: options.objectiveId ? openObjectiveAction(options.links, options.objectiveId) : options.links ? [{ type: 'Action.OpenUrl', title: 'Open my objectives', url: options.links.myObjectives }] : [],
  });
}

/** To the person: their manager agreed it. */
export function buildObjectiveAgreedNoticeCard(objective: ObjectiveNotice, by: PersonRef, links?: ObjectiveTabLinks): AdaptiveCard {
  const text = `${by.displayName} agreed your digital objective for ${objective.year.label}.`;
  const next = 'Record a check-in in the tab as you make progress.';
  return adaptiveCard({
    speak: `Your digital objective is agreed. ${text} ${spokenSummary(objective)} ${next}`,
    fallbackText: `Your digital objective is agreed: ${objective.title}`,
    body: [heading('Your digital objective is agreed'), paragraph(text), ...objectiveSummary(objective, { showPerson: false }), paragraph(next, { spacing: 'Medium' })],
    actions: openObjectiveAction(links, objective.id, 'Open my objective'),
  });
}

/** To the person: their manager returned it, with what should change. */
export function buildObjectiveReturnedNoticeCard(objective: ObjectiveNotice, by: PersonRef, links?: ObjectiveTabLinks): AdaptiveCard {
  const text = `${by.displayName} returned your digital objective “${objective.title}” and asks for a change.`;
  const comment = objective.returnComment ? `${firstNameOf(by.displayName)} wrote: “${objective.returnComment}”` : '';
  const next = 'Change it in the tab and propose it again.';
  const body: CardElement[] = [heading('Your digital objective was returned'), paragraph(text)];
  if (comment) body.push(paragraph(comment, { weight: 'Bolder' }));
  body.push(...objectiveSummary(objective, { showPerson: false }), paragraph(next, { spacing: 'Medium' }));
  return adaptiveCard({
    speak: `Your digital objective was returned. ${text} ${comment} ${next}`.replace(/\s+/g, ' '),
    fallbackText: `Your digital objective was returned: ${objective.title}`,
    body,
    actions: openObjectiveAction(links, objective.id, 'Change my objective'),
  });
}

/** To the person: the outcome at the year's end, with the manager's comment. */
export function buildObjectiveOutcomeNoticeCard(objective: ObjectiveNotice, by: PersonRef, links?: ObjectiveTabLinks): AdaptiveCard {
  const outcomeLabel = objective.outcome ? OBJECTIVE_OUTCOME_LABELS[objective.outcome] : 'recorded';
  const text = `${by.displayName} recorded the outcome of your digital objective “${objective.title}”: ${outcomeLabel}.`;
  const comment = objective.outcomeComment ? `${firstNameOf(by.displayName)} wrote: “${objective.outcomeComment}”` : '';
  const body: CardElement[] = [heading('Your objective’s outcome is recorded'), paragraph(text)];
  if (comment) body.push(paragraph(comment, { weight: 'Bolder' }));
  return adaptiveCard({
    speak: `Your objective’s outcome is recorded. ${text} ${comment}`.trim(),
    fallbackText: `Outcome recorded: ${outcomeLabel}`,
    body,
    actions: openObjectiveAction(links, objective.id, 'Open my objective'),
  });
}
