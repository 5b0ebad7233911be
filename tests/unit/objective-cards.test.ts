import { describe, expect, it } from '@jest/globals';
import type { MyObjectives, Objective } from '../../api/src/contracts/objectives.js';
import type { ObjectiveNotice } from '../../api/src/domain/objectives/objective-notifier.js';
import type { AdaptiveCard, CardElement, ExecuteAction } from '../../bot/cards/adaptive-card.js';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import { OBJECTIVE_VERBS, ObjectiveIdData, readObjectiveCardData, RETURN_COMMENT_INPUT, ReturnData } from '../../bot/cards/objective-card-data.js';
import {
  buildObjectiveAgreedAnswerCard,
  buildObjectiveAgreedNoticeCard,
  buildObjectiveOutcomeNoticeCard,
  buildObjectiveProblemCard,
  buildObjectiveReturnedAnswerCard,
  buildObjectiveReturnedNoticeCard,
  buildObjectiveReviewCard,
} from '../../bot/cards/objective-cards.js';
import { buildMyObjectivesCard } from '../../bot/cards/objective-list-card.js';
import { buildAgreeByReminderCard, buildCheckInReminderCard, buildWaitingReminderCard } from '../../bot/cards/objective-reminder-cards.js';
import { objectiveTabLinks } from '../../bot/objective-tab-links.js';

const links = objectiveTabLinks('a1b2c3d4-0000-4000-8000-000000000001');
const OBJECTIVE_ID = '0b7a2f0e-6d7c-4c55-9a43-5b1d6a0f1c11';
const sam = { id: '9c3f1a6e-1111-4a2b-8c3d-000000000001', displayName: 'Sam Whitfield' };
const gareth = { id: '9c3f1a6e-1111-4a2b-8c3d-000000000002', displayName: 'Gareth Morgan' };
const year = { id: '9c3f1a6e-1111-4a2b-8c3d-0000000000aa', label: '2026/27', status: 'open' as const };

const notice: ObjectiveNotice = {
  id: OBJECTIVE_ID,
  person: sam,
  year,
  kind: 'skill',
  title: 'Get confident with shared files',
  successMeasure: 'I keep my team’s files in SharePoint and share links, not attachments.',
  targetDate: '2026-12-31',
  status: 'proposed',
  returnComment: null,
  outcome: null,
  outcomeComment: null,
};

function textOf(card: AdaptiveCard): string {
  return JSON.stringify(card.body);
}

function executeActions(card: AdaptiveCard): ExecuteAction[] {
  return (card.actions ?? []).filter((action): action is ExecuteAction => action.type === 'Action.Execute');
}

function inputs(elements: readonly CardElement[]): CardElement[] {
  return elements.flatMap((element) => (element.type === 'Container' ? inputs(element.items) : element.type.startsWith('Input.') ? [element] : []));
}

function objective(overrides: Partial<Objective> = {}): Objective {
  return {
    ...notice,
    status: 'draft',
    skills: [],
    fromStatement: null,
    supportedPerson: null,
    supportsAsChampion: false,
    project: null,
    progress: 0,
    lastCheckInAt: null,
    checkInDueOn: null,
    agreedBy: null,
    agreedAt: null,
    proposedAt: null,
    completedAt: null,
    updatedAt: '2026-05-01T09:00:00.000Z',
    nextStep: 'Finish it and propose it to your manager.',
    actions: ['edit', 'propose', 'withdraw'],
    ...overrides,
  };
}

describe('buildObjectiveReviewCard (to the line manager)', () => {
  const card = buildObjectiveReviewCard({ objective: notice, links });

  it('is a well-formed card that speaks the whole proposal', () => {
    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('Sam Whitfield proposes a digital objective for 2026/27');
    expect(card.speak).toContain('Get confident with shared files');
    expect(card.speak).toContain('What success looks like: I keep my team’s files in SharePoint');
    expect(card.speak).toContain('Thursday 31 December 2026');
  });

  it('shows the person, the kind, the title, what success looks like, the target date and the year', () => {
    const text = textOf(card);
    for (const shown of ['Sam Whitfield', 'Develop a digital capability or skill', 'Get confident with shared files', 'share links, not attachments', 'Thursday 31 December 2026', '2026/27']) {
      expect(text).toContain(shown);
    }
  });

  it('has Agree and Return as Action.Execute with the objective id, and a link to it in the tab', () => {
    expect(executeActions(card).map((action) => [action.title, action.verb, action.data])).toEqual([
      ['Agree', OBJECTIVE_VERBS.agree, { objectiveId: OBJECTIVE_ID }],
      ['Return', OBJECTIVE_VERBS.return, { objectiveId: OBJECTIVE_ID }],
    ]);
    expect(card.actions).toContainEqual({ type: 'Action.OpenUrl', title: 'Open in the tab', url: links.objective(OBJECTIVE_ID) });
    expect(decodeURIComponent(links.objective(OBJECTIVE_ID))).toContain(`/objectives/view?id=${OBJECTIVE_ID}`);
  });

  it('asks for the return comment in a labelled, required box that Agree does not send', () => {
    expect(inputs(card.body)).toEqual([expect.objectContaining({ type: 'Input.Text', id: 'comment', label: RETURN_COMMENT_INPUT.label, isRequired: true })]);
    const [agree, give] = executeActions(card);
    expect(agree!.associatedInputs).toBe('none');
    expect(give!.associatedInputs).toBe('auto');
    expect(textOf(card)).toContain('return it with a comment saying what should change. Sam sees your comment.');
  });

  it('shows what was wrong with the last press, when there was something', () => {
    const again = buildObjectiveReviewCard({ objective: notice, links, problems: ['Fill in the comment.'] });
    expect(findCardProblems(again)).toEqual([]);
    expect(textOf(again)).toContain('Fill in the comment.');
  });
});

describe('the answers that replace the review card', () => {
  it('says an agreed objective is agreed and that the person has been told', () => {
    const card = buildObjectiveAgreedAnswerCard({ ...notice, status: 'agreed' }, links);
    expect(findCardProblems(card)).toEqual([]);
    expect(textOf(card)).toContain('Agreed — Sam Whitfield has been told.');
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', url: links.objective(OBJECTIVE_ID) })]);
  });

  it('says a returned objective went back with the comment', () => {
    const card = buildObjectiveReturnedAnswerCard({ ...notice, status: 'returned', returnComment: 'Add a date for the first step.' }, links);
    expect(findCardProblems(card)).toEqual([]);
    expect(textOf(card)).toContain('Returned — Sam Whitfield has been told, with your comment.');
    expect(textOf(card)).toContain('Add a date for the first step.');
  });

  it('explains a refusal and never links to an objective it was not given', () => {
    const card = buildObjectiveProblemCard(['Only an objective waiting for agreement can be agreed.'], { title: 'This objective could not be agreed' });
    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('Only an objective waiting for agreement can be agreed.');
    expect(card.actions).toBeUndefined();
  });
});

describe('the notices to the person', () => {
  it('tells them who agreed it, with a link to the objective', () => {
    const card = buildObjectiveAgreedNoticeCard({ ...notice, status: 'agreed' }, gareth, links);
    expect(findCardProblems(card)).toEqual([]);
    expect(textOf(card)).toContain('Gareth Morgan agreed your digital objective for 2026/27.');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open my objective', url: links.objective(OBJECTIVE_ID) }]);
  });

  it('gives them the manager’s comment when it was returned', () => {
    const card = buildObjectiveReturnedNoticeCard({ ...notice, status: 'returned', returnComment: 'Say which files.' }, gareth, links);
    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('Gareth wrote: “Say which files.”');
    expect(card.actions?.[0]).toMatchObject({ title: 'Change my objective', url: links.objective(OBJECTIVE_ID) });
  });

  it('gives them the outcome in words, with the comment', () => {
    const card = buildObjectiveOutcomeNoticeCard({ ...notice, status: 'completed', outcome: 'partly', outcomeComment: 'Good start.' }, gareth, links);
    expect(findCardProblems(card)).toEqual([]);
    expect(textOf(card)).toContain('Partly achieved');
    expect(textOf(card)).toContain('Good start.');
  });
});

describe('buildMyObjectivesCard (the objectives command)', () => {
  const openYear = { id: year.id, label: '2026/27', startsOn: '2026-04-01', endsOn: '2027-03-31', agreeBy: '2026-06-30', status: 'open' as const };

  it('lists each objective with its status and next step, and opens the tab', () => {
    const mine: MyObjectives = {
      year: openYear,
      years: [year],
      items: [objective(), objective({ id: 'c0000000-0000-4000-8000-000000000002', title: 'Help Jo with Excel', status: 'proposed', nextStep: 'Waiting for your manager to agree it.' })],
    };
    const card = buildMyObjectivesCard(mine, links);
    expect(findCardProblems(card)).toEqual([]);
    expect(textOf(card)).toContain('Your digital objectives for 2026/27');
    expect(textOf(card)).toContain('Waiting for agreement');
    expect(textOf(card)).toContain('Next step: Waiting for your manager to agree it.');
    expect(card.speak).toContain('Help Jo with Excel: Waiting for agreement.');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open my objectives', url: links.myObjectives }]);
  });

  it('suggests making one from the skills report when there are none', () => {
    const card = buildMyObjectivesCard({ year: openYear, years: [year], items: [] }, links);
    expect(findCardProblems(card)).toEqual([]);
    expect(textOf(card)).toContain('You have no digital objective for 2026/27 yet.');
    expect(textOf(card)).toContain('Make one from your skills report');
    expect(card.actions?.map((action) => action.title)).toEqual(['Open my skills report', 'Write an objective']);
  });

  it('says so when no appraisal year is open', () => {
    const card = buildMyObjectivesCard({ year: null, years: [], items: [] }, links);
    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('There is no appraisal year open just now');
  });
});

describe('the reminder cards', () => {
  const reminderObjective = { id: OBJECTIVE_ID, title: notice.title, kind: notice.kind, person: sam, targetDate: notice.targetDate };

  it('lists what waits for a manager, with who proposed it and when', () => {
    const card = buildWaitingReminderCard({ objectives: [{ ...reminderObjective, proposedAt: new Date('2026-05-01T09:00:00Z') }], links });
    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('A digital objective is waiting for you');
    expect(textOf(card)).toContain('From Sam Whitfield, proposed on Friday 1 May 2026.');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Review in the tab', url: links.teamObjectives }]);
  });

  it('counts several waiting objectives', () => {
    const two = [0, 1].map((index) => ({ ...reminderObjective, id: `c0000000-0000-4000-8000-00000000000${index}`, proposedAt: new Date('2026-05-01T09:00:00Z') }));
    expect(buildWaitingReminderCard({ objectives: two, links }).speak).toContain('2 digital objectives are waiting for you');
  });

  it('tells a person without an agreed objective the date to agree one by', () => {
    const card = buildAgreeByReminderCard({ person: sam, year: { label: '2026/27', agreeBy: '2026-06-30' }, links });
    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('Hello Sam');
    expect(card.speak).toContain('by Tuesday 30 June 2026');
  });

  it('words a due check-in for the person and for their manager', () => {
    const mine = buildCheckInReminderCard({ objective: reminderObjective, audience: 'person', dueOn: '2026-08-06', links });
    const theirs = buildCheckInReminderCard({ objective: reminderObjective, audience: 'manager', dueOn: '2026-08-06', links });
    expect(findCardProblems(mine)).toEqual([]);
    expect(findCardProblems(theirs)).toEqual([]);
    expect(mine.speak).toContain('A check-in on “Get confident with shared files” was due on Thursday 6 August 2026.');
    expect(theirs.speak).toContain('Time to check in with Sam Whitfield');
    expect(mine.actions?.[0]).toMatchObject({ title: 'Record a check-in', url: links.objective(OBJECTIVE_ID) });
  });
});

describe('readObjectiveCardData', () => {
  it('reads an objective id and a return comment', () => {
    expect(readObjectiveCardData(ReturnData, { objectiveId: OBJECTIVE_ID, comment: '  Add a date.  ' })).toEqual({ ok: true, data: { objectiveId: OBJECTIVE_ID, comment: 'Add a date.' } });
  });

  it('names the comment box when Return comes without a comment', () => {
    const result = readObjectiveCardData(ReturnData, { objectiveId: OBJECTIVE_ID, comment: '   ' });
    expect(result).toEqual({ ok: false, fields: ['comment'], problems: [`Fill in “${RETURN_COMMENT_INPUT.label}” to return the objective.`] });
  });

  it('refuses data that names no objective', () => {
    expect(readObjectiveCardData(ObjectiveIdData, { objectiveId: 'not-an-id' })).toMatchObject({ ok: false, problems: ['The card names an objective that does not exist.'] });
    expect(readObjectiveCardData(ObjectiveIdData, undefined)).toMatchObject({ ok: false, problems: ['The card does not say which objective it is for.'] });
  });
});
