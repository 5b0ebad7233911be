import { describe, expect, it } from '@jest/globals';
import { isoWeekOf } from '../../api/src/domain/shared/iso-week.js';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import { buildServicePlanReminderCard } from '../../bot/cards/service-plan-cards.js';
import { servicePlanTabLink } from '../../bot/service-plan-reminder-sender.js';

const HOUSING = 'c0000000-0000-4000-8000-000000000002';
const reminder = {
  head: { id: 'a0000000-0000-4000-8000-000000000001', displayName: 'Helen Adeyemi' },
  service: { id: HOUSING, name: 'Housing' },
  year: { id: 'b0000000-0000-4000-8000-000000000003', label: '2026/27' },
  remindedBy: 'Marcus Reid',
};

describe('buildServicePlanReminderCard', () => {
  const planUrl = servicePlanTabLink('app-id', HOUSING);
  const card = buildServicePlanReminderCard({ reminder, planUrl });

  it('is a card Teams renders, read out whole by a screen reader', () => {
    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toBe(
      'Hello Helen, the Housing service plan for 2026/27 does not have a digital objective or project yet. ' +
        'The council’s digital strategy asks every service plan to include at least one, with an owner, a measure and a status. ' +
        'Marcus Reid from the policy team asked us to remind you. Open the plan in the hub and choose “Add an objective or project”.',
    );
    expect(card.fallbackText).toBe('The Housing service plan for 2026/27 needs a digital objective or project.');
  });

  it('says which service, which year and who asked', () => {
    expect(card.body[0]).toMatchObject({ text: 'Add a digital objective to the Housing plan', style: 'heading' });
    expect(card.body).toContainEqual({
      type: 'FactSet',
      facts: [
        { title: 'Service', value: 'Housing' },
        { title: 'Appraisal year', value: '2026/27' },
        { title: 'Reminder from', value: 'Marcus Reid, policy team' },
      ],
    });
  });

  it('links to the service’s plan in the tab', () => {
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open the Housing service plan', url: planUrl }]);
    const context = JSON.parse(decodeURIComponent(new URL(planUrl).searchParams.get('context') ?? '{}')) as { subEntityId?: string };
    expect(context.subEntityId).toBe(`/service-plans/view?serviceId=${HOUSING}`);
  });
});

describe('isoWeekOf', () => {
  it('names the ISO week of the UK date', () => {
    expect(isoWeekOf(new Date('2026-11-10T09:00:00Z'))).toBe('2026-W46');
    expect(isoWeekOf(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01');
  });

  it('puts the days around New Year in the week their Thursday belongs to', () => {
    // Thursday 31 December 2026 is in 2026's week 53; Friday 1 January 2027 too.
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    // Monday 29 December 2025 is in week 1 of 2026, as its Thursday is 1 January 2026.
    expect(isoWeekOf(new Date('2025-12-29T12:00:00Z'))).toBe('2026-W01');
  });

  it('starts a new week at midnight on Monday in the UK, not in UTC', () => {
    // 23:30 UTC on Sunday 7 June 2026 is already 00:30 on Monday in British Summer Time.
    expect(isoWeekOf(new Date('2026-06-07T22:59:00Z'))).toBe('2026-W23');
    expect(isoWeekOf(new Date('2026-06-07T23:30:00Z'))).toBe('2026-W24');
  });
});
