import { addDays, COUNCIL_TIME_ZONE } from '../campaign-window.js';

/**
 * Which bot messages a campaign sends, to whom and on which day. Pure: the sending jobs
 * and the progress page both ask these functions, with whatever date they are given.
 *
 * A campaign sends an invitation on its opening day, then a reminder on each of its
 * reminder days (n days before closing) to the people who have not submitted yet.
 */

export const INVITATION = 'invitation';

const REMINDER = /^reminder-(\d{1,2})$/;

export function reminderStep(daysBeforeClose: number): string {
  return `reminder-${daysBeforeClose}`;
}

/** 7 for 'reminder-7'; undefined for the invitation or anything else. */
export function reminderDaysOf(step: string): number | undefined {
  const match = REMINDER.exec(step);
  return match ? Number(match[1]) : undefined;
}

export function stepLabel(step: string): string {
  if (step === INVITATION) return 'Invitation';
  const days = reminderDaysOf(step);
  if (days === undefined) return step;
  return days === 1 ? 'Reminder the day before closing' : `Reminder ${days} days before closing`;
}

export interface CampaignSchedule {
  opensOn: string;
  closesOn: string;
  reminderDays: readonly number[];
  /** The UK date it was launched; a launch after the opening day invites people on that day. */
  launchedOn: string | null;
}

export interface PlannedStep {
  step: string;
  dueOn: string;
  /** Null for the invitation. */
  daysBeforeClose: number | null;
}

/** The day the invitations go out: the opening day, or the launch day if HR launched later. */
export function invitationDay(campaign: CampaignSchedule): string {
  return campaign.launchedOn && campaign.launchedOn > campaign.opensOn ? campaign.launchedOn : campaign.opensOn;
}

/**
 * Every step, in the order it happens. A reminder whose day is not after the invitation's
 * is dropped: nobody should be reminded of something they were asked that same day.
 */
export function plannedSteps(campaign: CampaignSchedule): PlannedStep[] {
  const invitedOn = invitationDay(campaign);
  const reminders = [...new Set(campaign.reminderDays)]
    .sort((a, b) => b - a)
    .map((days) => ({ step: reminderStep(days), dueOn: addDays(campaign.closesOn, -days), daysBeforeClose: days }))
    .filter((reminder) => reminder.dueOn > invitedOn);
  return [{ step: INVITATION, dueOn: invitedOn, daysBeforeClose: null }, ...reminders];
}

/**
 * The reminder to send on `today`: the latest one whose day has come, while the campaign
 * is open. Only the latest: after a few days without the server, people get one reminder
 * that says how long is left, not every reminder they missed.
 */
export function reminderDueOn(campaign: CampaignSchedule, today: string): PlannedStep | undefined {
  if (today < campaign.opensOn || today > campaign.closesOn) return undefined;
  return plannedSteps(campaign)
    .filter((step) => step.daysBeforeClose !== null && step.dueOn <= today)
    .at(-1);
}

/** Who a step is for: everyone in the campaign, or only those who have not submitted yet. */
export function audienceOf(step: string): 'everyone' | 'not-submitted' {
  return step === INVITATION ? 'everyone' : 'not-submitted';
}

export const CAMPAIGN_CLOSED = 'The campaign closed before this was sent';

/** Why a message that has fallen due is not sent after all; undefined when it should go. */
export function reasonNotToSend(message: {
  step: string;
  today: string;
  campaign: { status: 'draft' | 'launched' | 'closed'; closesOn: string };
  personActive: boolean;
  responseStatus: 'draft' | 'submitted' | null;
}): string | undefined {
  if (message.campaign.status !== 'launched' || message.today > message.campaign.closesOn) {
    return CAMPAIGN_CLOSED;
  }
  if (!message.personActive) return 'They have left the council';
  if (message.responseStatus === 'submitted') return 'They had already submitted their audit';
  return undefined;
}

/** Messages go out from nine in the morning, UK time: nobody is woken by an invitation. */
export const SENDING_HOUR = 9;

const OFFSET_FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: COUNCIL_TIME_ZONE, timeZoneName: 'shortOffset' });

/** Minutes the UK is ahead of UTC at `at` (0 in winter, 60 in summer). */
function ukOffsetMinutes(at: Date): number {
  const name = OFFSET_FORMAT.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The moment a message due on `date` may be sent: nine o'clock that day in the UK. */
export function sendingStartsOn(date: string): Date {
  const nineUtc = new Date(`${date}T${String(SENDING_HOUR).padStart(2, '0')}:00:00Z`);
  // The clocks change at 01:00 UTC, so the offset at nine UTC is the offset at nine in the UK.
  return new Date(nineUtc.getTime() - ukOffsetMinutes(nineUtc) * 60_000);
}

/** When a message due on `dueOn` should first be tried, given that it is `now`. */
export function firstAttemptAt(dueOn: string, now: Date): Date {
  const starts = sendingStartsOn(dueOn);
  return starts > now ? starts : now;
}
