import { describe, expect, it } from '@jest/globals';
import {
  audienceOf,
  firstAttemptAt,
  invitationDay,
  plannedSteps,
  reasonNotToSend,
  reminderDaysOf,
  reminderDueOn,
  sendingStartsOn,
  stepLabel,
  type CampaignSchedule,
} from '../../api/src/domain/audit/campaigns/plan-campaign-messages.js';

const NOVEMBER: CampaignSchedule = { opensOn: '2026-11-02', closesOn: '2026-11-30', reminderDays: [7, 1], launchedOn: '2026-10-20' };

describe('plannedSteps', () => {
  it('invites on the opening day, then reminds 7 days and 1 day before closing', () => {
    expect(plannedSteps(NOVEMBER)).toEqual([
      { step: 'invitation', dueOn: '2026-11-02', daysBeforeClose: null },
      { step: 'reminder-7', dueOn: '2026-11-23', daysBeforeClose: 7 },
      { step: 'reminder-1', dueOn: '2026-11-29', daysBeforeClose: 1 },
    ]);
  });

  it('invites on the launch day when HR launched after the opening day, and drops reminders that would come before it', () => {
    const launchedLate = { ...NOVEMBER, launchedOn: '2026-11-25' };

    expect(invitationDay(launchedLate)).toBe('2026-11-25');
    expect(plannedSteps(launchedLate).map((step) => step.step)).toEqual(['invitation', 'reminder-1']);
  });

  it('drops a reminder that falls on the opening day of a short campaign, and lists each reminder day once', () => {
    const short = { opensOn: '2026-11-02', closesOn: '2026-11-05', reminderDays: [3, 1, 1], launchedOn: null };

    expect(plannedSteps(short).map((step) => step.step)).toEqual(['invitation', 'reminder-1']);
  });
});

describe('reminderDueOn', () => {
  it.each([
    ['2026-11-01', undefined],
    ['2026-11-22', undefined],
    ['2026-11-23', 'reminder-7'],
    ['2026-11-26', 'reminder-7'],
    ['2026-11-29', 'reminder-1'],
    ['2026-11-30', 'reminder-1'],
    ['2026-12-01', undefined],
  ])('on %s is %s', (today, step) => {
    expect(reminderDueOn(NOVEMBER, today)?.step).toBe(step);
  });

  it('gives only the latest reminder after days without a server, not every one missed', () => {
    expect(reminderDueOn({ ...NOVEMBER, reminderDays: [14, 7, 3] }, '2026-11-28')?.step).toBe('reminder-3');
  });
});

describe('who gets each step', () => {
  it('invites everyone and reminds only those who have not submitted', () => {
    expect(audienceOf('invitation')).toBe('everyone');
    expect(audienceOf('reminder-7')).toBe('not-submitted');
  });

  it('names each step in plain words', () => {
    expect(stepLabel('invitation')).toBe('Invitation');
    expect(stepLabel('reminder-7')).toBe('Reminder 7 days before closing');
    expect(stepLabel('reminder-1')).toBe('Reminder the day before closing');
    expect(reminderDaysOf('reminder-14')).toBe(14);
    expect(reminderDaysOf('invitation')).toBeUndefined();
  });
});

describe('reasonNotToSend', () => {
  const due = {
    step: 'reminder-7',
    today: '2026-11-23',
    campaign: { status: 'launched' as const, closesOn: '2026-11-30' },
    personActive: true,
    responseStatus: null,
  };

  it('sends to an active person who has not submitted to an open campaign', () => {
    expect(reasonNotToSend(due)).toBeUndefined();
    expect(reasonNotToSend({ ...due, responseStatus: 'draft' })).toBeUndefined();
  });

  it('skips someone who submitted meanwhile', () => {
    expect(reasonNotToSend({ ...due, responseStatus: 'submitted' })).toBe('They had already submitted their audit');
  });

  it('skips everything for a campaign HR closed, or whose closing day has passed', () => {
    expect(reasonNotToSend({ ...due, campaign: { ...due.campaign, status: 'closed' } })).toMatch(/campaign closed/);
    expect(reasonNotToSend({ ...due, today: '2026-12-01' })).toMatch(/campaign closed/);
  });

  it('skips someone who has left', () => {
    expect(reasonNotToSend({ ...due, personActive: false })).toBe('They have left the council');
  });
});

describe('sendingStartsOn', () => {
  it('is nine in the morning UK time: 09:00 UTC in winter, 08:00 UTC in summer', () => {
    expect(sendingStartsOn('2026-11-23').toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(sendingStartsOn('2026-06-15').toISOString()).toBe('2026-06-15T08:00:00.000Z');
  });

  it('follows the clocks on the days they change', () => {
    expect(sendingStartsOn('2026-03-29').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(sendingStartsOn('2026-10-25').toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('sends at once what falls due on a day whose nine o’clock has passed', () => {
    const afternoon = new Date('2026-11-23T14:00:00Z');

    expect(firstAttemptAt('2026-11-23', afternoon)).toEqual(afternoon);
    expect(firstAttemptAt('2026-11-24', afternoon).toISOString()).toBe('2026-11-24T09:00:00.000Z');
  });
});
