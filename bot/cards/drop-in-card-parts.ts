import type { DropInNotice } from '../../api/src/domain/champions/drop-ins/drop-in-notifier.js';
import type { CardAction, Fact } from './adaptive-card.js';

/** What the drop-in cards share: when and where in plain words, and the buttons. */

export type DropInCardSession = DropInNotice['dropIn'];

export interface DropInCardInput {
  displayName: string;
  dropIn: DropInCardSession;
  /** The drop-ins page in the tab, when the bot knows how to link to it. */
  tabUrl?: string | undefined;
}

const UK_DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const UK_TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((candidate) => candidate.type === type)?.value ?? '';
}

/** "Thursday 3 December 2026", in the UK, whatever the server's time zone. */
export function ukDay(at: Date): string {
  const parts = UK_DAY.formatToParts(at);
  return `${part(parts, 'weekday')} ${part(parts, 'day')} ${part(parts, 'month')} ${part(parts, 'year')}`;
}

/** "14:30", UK time. */
export function ukTime(at: Date): string {
  const parts = UK_TIME.formatToParts(at);
  return `${part(parts, 'hour')}:${part(parts, 'minute')}`;
}

/** "Thursday 3 December 2026, 14:30 to 15:30 (UK time)". */
export function whenText(session: Pick<DropInCardSession, 'startsAt' | 'endsAt'>): string {
  return `${ukDay(session.startsAt)}, ${ukTime(session.startsAt)} to ${ukTime(session.endsAt)} (UK time)`;
}

/** "Room 2.14, Civic Centre", "Online, in Microsoft Teams", or both for a session that is in person and online. */
export function whereText(session: DropInCardSession): string {
  const room = [session.place, session.siteName].filter((text): text is string => Boolean(text)).join(', ');
  if (session.format === 'online') return 'Online, in Microsoft Teams';
  return session.joinUrl ? `${room}, or online in Microsoft Teams` : room;
}

export function sessionFacts(session: DropInCardSession): Fact[] {
  return [
    { title: 'When', value: whenText(session) },
    { title: 'Where', value: whereText(session) },
    { title: 'Run by', value: session.hostName },
  ];
}

/** The Teams meeting first when there is one, then the session in the tab. */
export function sessionActions(session: DropInCardSession, tabUrl: string | undefined, options: { join: boolean }): CardAction[] {
  const actions: CardAction[] = [];
  if (options.join && session.joinUrl) actions.push({ type: 'Action.OpenUrl', title: 'Join the Teams meeting', url: session.joinUrl });
  if (tabUrl) actions.push({ type: 'Action.OpenUrl', title: 'See drop-in sessions', url: tabUrl });
  return actions;
}
