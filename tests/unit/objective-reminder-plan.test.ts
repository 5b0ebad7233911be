import { describe, expect, it } from '@jest/globals';
import { DEFAULT_OBJECTIVE_SETTINGS, type AppraisalYear } from '../../api/src/contracts/objectives.js';
import { isoWeekOf } from '../../api/src/domain/shared/iso-week.js';
import type { AgreedObjective, ObjectiveReminderFacts, ReminderObjective, WaitingForAgreement } from '../../api/src/domain/objectives/reminders/objective-reminder-facts.js';
import { isAgreeByReminderDue, planObjectiveReminders } from '../../api/src/domain/objectives/reminders/plan-objective-reminders.js';

// Tuesday 16 June 2026, 10:00 in London (BST): working time, in ISO week 2026-W25.
const NOW = new Date('2026-06-16T09:00:00Z');
const DAY_MS = 86_400_000;
const settings = { ...DEFAULT_OBJECTIVE_SETTINGS, waitingReminderDays: 3, agreeByReminderDays: 14, checkInEveryDays: 90 };
const year: AppraisalYear = { id: 'a0000000-0000-4000-8000-0000000000aa', label: '2026/27', startsOn: '2026-04-01', endsOn: '2027-03-31', agreeBy: '2026-06-30', status: 'open' };

const sam = { id: 'p0000000-0000-4000-8000-000000000001', displayName: 'Sam Whitfield' };
const jo = { id: 'p0000000-0000-4000-8000-000000000002', displayName: 'Jo Rees' };
const GARETH = 'p0000000-0000-4000-8000-0000000000g1';
const OTHER_MANAGER = 'p0000000-0000-4000-8000-0000000000g2';

let counter = 0;
function objectiveOf(person = sam): ReminderObjective {
  counter += 1;
  return { id: `o0000000-0000-4000-8000-${String(counter).padStart(12, '0')}`, title: `Objective ${counter}`, kind: 'skill', person, targetDate: '2026-12-31' };
}

function waiting(proposedAt: Date, managerId: string | null = GARETH, person = sam): WaitingForAgreement {
  return { objective: objectiveOf(person), managerId, proposedAt };
}

function agreed(agreedAt: Date, options: { lastCheckInAt?: Date; managerId?: string | null } = {}): AgreedObjective {
  return { objective: objectiveOf(), status: 'agreed', managerId: options.managerId === undefined ? GARETH : options.managerId, agreedAt, lastCheckInAt: options.lastCheckInAt ?? null };
}

function facts(overrides: Partial<ObjectiveReminderFacts> = {}): ObjectiveReminderFacts {
  return { waiting: [], withoutAgreedObjective: [], agreed: [], reachable: new Set([sam.id, jo.id, GARETH, OTHER_MANAGER]), ...overrides };
}

function plan(given: Partial<ObjectiveReminderFacts>, now = NOW, yearOverrides: Partial<AppraisalYear> = {}) {
  return planObjectiveReminders({ now, year: { ...year, ...yearOverrides }, settings, facts: facts(given) });
}

describe('planObjectiveReminders: waiting for agreement', () => {
  it('reminds the line manager of an objective proposed more than waitingReminderDays ago, keyed to the ISO week', () => {
    const item = waiting(new Date(NOW.getTime() - 3 * DAY_MS - 60_000));

    expect(plan({ waiting: [item] })).toEqual([
      {
        kind: 'waiting',
        key: { topic: 'objective-waiting', subjectId: GARETH, period: '2026-W25', personId: GARETH },
        managerId: GARETH,
        objectives: [{ ...item.objective, proposedAt: item.proposedAt }],
      },
    ]);
  });

  it('does not remind when it has waited exactly waitingReminderDays, or less', () => {
    expect(plan({ waiting: [waiting(new Date(NOW.getTime() - 3 * DAY_MS)), waiting(new Date(NOW.getTime() - DAY_MS))] })).toEqual([]);
  });

  it('puts every waiting objective of one manager on one card, oldest first, and gives each manager their own', () => {
    const newer = waiting(new Date('2026-06-10T09:00:00Z'), GARETH, jo);
    const older = waiting(new Date('2026-06-01T09:00:00Z'), GARETH, sam);
    const elsewhere = waiting(new Date('2026-06-01T09:00:00Z'), OTHER_MANAGER, jo);

    const reminders = plan({ waiting: [newer, older, elsewhere] });

    expect(reminders.map((reminder) => reminder.key.personId)).toEqual([GARETH, OTHER_MANAGER]);
    const first = reminders[0]!;
    expect(first.kind === 'waiting' && first.objectives.map((objective) => objective.id)).toEqual([older.objective.id, newer.objective.id]);
  });

  it('skips a person with no line manager in the directory (HR sees it in the team view)', () => {
    expect(plan({ waiting: [waiting(new Date('2026-06-01T09:00:00Z'), null)] })).toEqual([]);
  });
});

describe('planObjectiveReminders: agree by', () => {
  it('reminds each person without an agreed objective once a year, from agreeByReminderDays before the date', () => {
    expect(plan({ withoutAgreedObjective: [sam] })).toEqual([
      { kind: 'agree-by', key: { topic: 'objective-agree-by', subjectId: sam.id, period: year.id, personId: sam.id }, person: sam, year },
    ]);
  });

  it('does not remind the day before the run-up starts, nor after the date', () => {
    expect(plan({ withoutAgreedObjective: [sam] }, new Date('2026-06-15T09:00:00Z'))).toEqual([]);
    expect(plan({ withoutAgreedObjective: [sam] }, NOW, { agreeBy: '2026-06-15' })).toEqual([]);
  });

  it('still reminds on the agree-by date itself', () => {
    expect(plan({ withoutAgreedObjective: [sam] }, NOW, { agreeBy: '2026-06-16' })).toHaveLength(1);
  });
});

describe('isAgreeByReminderDue', () => {
  it.each([
    ['2026-06-15', false],
    ['2026-06-16', true],
    ['2026-06-30', true],
    ['2026-07-01', false],
  ])('on %s, with 30 June as the date and 14 days’ notice, is %s', (today, due) => {
    expect(isAgreeByReminderDue(today, '2026-06-30', 14)).toBe(due);
  });
});

describe('planObjectiveReminders: check-ins', () => {
  it('tells the person and their line manager once a check-in is due, keyed to the due date', () => {
    // Agreed on 18 March: 90 days on is 16 June, today.
    const item = agreed(new Date('2026-03-18T10:00:00Z'));

    expect(plan({ agreed: [item] })).toEqual([
      { kind: 'check-in', key: { topic: 'objective-check-in', subjectId: item.objective.id, period: '2026-06-16', personId: sam.id }, recipientId: sam.id, audience: 'person', objective: item.objective, dueOn: '2026-06-16' },
      { kind: 'check-in', key: { topic: 'objective-check-in', subjectId: item.objective.id, period: '2026-06-16', personId: GARETH }, recipientId: GARETH, audience: 'manager', objective: item.objective, dueOn: '2026-06-16' },
    ]);
  });

  it('says nothing the day before it is due', () => {
    expect(plan({ agreed: [agreed(new Date('2026-03-19T10:00:00Z'))] })).toEqual([]);
  });

  it('counts from the last check-in once there is one', () => {
    const checkedIn = agreed(new Date('2026-01-05T10:00:00Z'), { lastCheckInAt: new Date('2026-04-01T10:00:00Z') });
    expect(plan({ agreed: [checkedIn] })).toEqual([]);
    const overdue = agreed(new Date('2025-12-01T10:00:00Z'), { lastCheckInAt: new Date('2026-03-01T10:00:00Z') });
    expect(plan({ agreed: [overdue] }).map((reminder) => reminder.key.period)).toEqual(['2026-05-30', '2026-05-30']);
  });

  it('tells only the person when they have no line manager', () => {
    expect(plan({ agreed: [agreed(new Date('2026-03-01T10:00:00Z'), { managerId: null })] }).map((reminder) => reminder.key.personId)).toEqual([sam.id]);
  });
});

describe('planObjectiveReminders: when and to whom', () => {
  const everything = (): Partial<ObjectiveReminderFacts> => ({
    waiting: [waiting(new Date('2026-06-01T09:00:00Z'))],
    withoutAgreedObjective: [jo],
    agreed: [agreed(new Date('2026-03-01T10:00:00Z'))],
  });

  it('plans every kind together in working time', () => {
    expect(plan(everything()).map((reminder) => reminder.kind)).toEqual(['waiting', 'agree-by', 'check-in', 'check-in']);
  });

  it.each([
    ['before 09:00 in London', '2026-06-16T07:59:00Z'],
    ['from 17:00 in London', '2026-06-16T16:00:00Z'],
    ['on a Saturday', '2026-06-20T10:00:00Z'],
  ])('sends nothing %s', (_when, at) => {
    expect(plan(everything(), new Date(at))).toEqual([]);
  });

  it('sends at 09:00 sharp in London', () => {
    expect(plan(everything(), new Date('2026-06-16T08:00:00Z'))).not.toEqual([]);
  });

  it('skips anyone the bot cannot reach in a personal chat, so their reminder is not used up', () => {
    const reminders = planObjectiveReminders({ now: NOW, year, settings, facts: { ...facts(everything()), reachable: new Set([sam.id]) } });
    expect(reminders.map((reminder) => [reminder.kind, reminder.key.personId])).toEqual([['check-in', sam.id]]);
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['2026-06-16', '2026-W25'],
    ['2026-06-21', '2026-W25'],
    ['2026-06-22', '2026-W26'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
  ])('puts %s in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });
});
