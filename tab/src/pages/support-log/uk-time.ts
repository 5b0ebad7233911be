/**
 * Dates and times as the council means them: in the UK, whatever time zone the device is
 * set to. A date typed as 3 June and a time typed as 14:00 are 14:00 in London (BST).
 */

const ZONE = 'Europe/London';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: 'numeric', month: 'short', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function londonParts(at: Date): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of PARTS.formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

/** How far London is ahead of UTC at that moment, in milliseconds (0 in winter, an hour in summer). */
function londonOffsetMs(at: Date): number {
  const p = londonParts(at);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - Math.floor(at.getTime() / 60_000) * 60_000;
}

/** '2026-06-03' and '14:00' in the UK → the moment as ISO (UTC); undefined when either is missing or malformed. */
export function ukDateTimeIso(date: string, time: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // The offset at the guess, then again at the answer, which settles it either side of a clock change.
  let at = wall - londonOffsetMs(new Date(wall));
  at = wall - londonOffsetMs(new Date(at));
  return new Date(at).toISOString();
}

/** Today's date in the UK, 'YYYY-MM-DD'. */
export function ukToday(now = new Date()): string {
  const p = londonParts(now);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** "Wednesday 3 June 2026". */
export function ukLongDay(iso: string): string {
  const parts = DAY.formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "3 Jun 2026", from a 'YYYY-MM-DD' date. */
export function shortDate(date: string): string {
  return SHORT_DAY.format(new Date(`${date}T12:00:00Z`));
}

export function ukTime(iso: string): string {
  return TIME.format(new Date(iso));
}

/** "Wednesday 3 June 2026, 14:00 to 15:00". */
export function sessionTimeText(startsAt: string, endsAt: string): string {
  return `${ukLongDay(startsAt)}, ${ukTime(startsAt)} to ${ukTime(endsAt)}`;
}

/** "1 hour 30 minutes", "45 minutes". */
export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours > 0 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '', rest > 0 || hours === 0 ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : ''];
  return parts.filter(Boolean).join(' ');
}
