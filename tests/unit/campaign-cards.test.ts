import { describe, expect, it } from '@jest/globals';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import { buildCampaignInvitationCard } from '../../bot/cards/campaign-invitation-card.js';
import { buildCampaignReminderCard } from '../../bot/cards/campaign-reminder-card.js';
import { commandFromSubmit } from '../../bot/cards/command-submit.js';
import { outcomeOfError, parseRetryAfter } from '../../bot/proactive-messenger.js';

const INPUT = { displayName: 'Sam Whitfield', campaignName: 'Winter skills audit', closesOn: '2026-11-30' };
const TAB = 'https://teams.microsoft.com/l/entity/app/home?context=%7B%22subEntityId%22%3A%22%2Faudit%22%7D';

describe('buildCampaignInvitationCard', () => {
  it('is a Teams-ready 1.5 card with speak text, greeting the person and saying when it closes', () => {
    const card = buildCampaignInvitationCard(INPUT);

    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('Hello Sam');
    expect(card.speak).toContain('Winter skills audit is open until Monday 30 November 2026');
    expect(card.fallbackText).toContain('Type audit');
  });

  it('starts the audit in the chat the way typing "audit" does', () => {
    const [button] = buildCampaignInvitationCard(INPUT).actions ?? [];

    expect(button).toMatchObject({ type: 'Action.Submit', title: 'Start the audit here' });
    expect(button?.type === 'Action.Submit' ? commandFromSubmit(button.data) : undefined).toBe('audit');
  });

  it('links to the audit in the tab only when it knows the link', () => {
    expect(buildCampaignInvitationCard(INPUT).actions).toHaveLength(1);
    expect(buildCampaignInvitationCard({ ...INPUT, tabUrl: TAB }).actions).toContainEqual({ type: 'Action.OpenUrl', title: 'Open it in the tab', url: TAB });
  });
});

describe('buildCampaignReminderCard', () => {
  it('asks someone who has not started to start', () => {
    const card = buildCampaignReminderCard({ ...INPUT, started: false });

    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('You have not started yet');
    expect(card.actions?.[0]?.title).toBe('Start the audit here');
  });

  it('tells someone part-way through that their answers are saved', () => {
    const card = buildCampaignReminderCard({ ...INPUT, started: true, tabUrl: TAB });

    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('Your answers so far are saved');
    expect(card.actions?.map((action) => action.title)).toEqual(['Carry on here', 'Open it in the tab']);
  });
});

describe('what a failed send means', () => {
  function restError(statusCode: number | undefined, headers: Record<string, string> = {}): Error {
    const error = Object.assign(new Error('the channel said no'), { statusCode });
    Object.defineProperty(error, 'response', { value: { headers: { get: (name: string) => headers[name] } }, enumerable: false });
    return error;
  }
  const now = new Date('2026-11-02T10:00:00Z');

  it('is a throttle for 429, with its Retry-After', () => {
    expect(outcomeOfError(restError(429, { 'retry-after': '3' }), now)).toEqual({ kind: 'throttled', retryAfterMs: 3000 });
    expect(outcomeOfError(restError(429), now)).toEqual({ kind: 'throttled', retryAfterMs: undefined });
  });

  it('is worth retrying for a 5xx, a timeout or no answer at all', () => {
    expect(outcomeOfError(restError(503), now).kind).toBe('transient');
    expect(outcomeOfError(restError(408), now).kind).toBe('transient');
    expect(outcomeOfError(restError(undefined), now)).toMatchObject({ kind: 'transient', reason: expect.stringContaining('Could not reach Teams') });
  });

  it('is final for any other refusal, such as a person who blocked the bot', () => {
    expect(outcomeOfError(restError(403), now)).toMatchObject({ kind: 'permanent', reason: expect.stringContaining('(403)') });
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Mon, 02 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
