import type { HelpRequest } from '../../../../api/src/contracts/help-requests';
import { plural } from '../../components/format';

/** Words for each rating, so that a number always comes with what it means. */
export const RATING_WORDS: Record<number, string> = {
  1: 'Not helpful',
  2: 'A little helpful',
  3: 'Helpful',
  4: 'Very helpful',
  5: 'Extremely helpful',
};

export function ratingInWords(rating: number): string {
  return `${rating} out of 5: ${RATING_WORDS[rating] ?? ''}`;
}

/** Minutes as people say them: "45 minutes", "2 hours 5 minutes", "3 days 4 hours". */
export function formatMinutes(total: number): string {
  const minutes = Math.round(total);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours === 0 ? plural(days, 'day') : `${plural(days, 'day')} ${plural(restHours, 'hour')}`;
}

/** How long something took or has waited: under a minute is said as such, not as "0 minutes". */
export function formatDuration(minutes: number): string {
  return minutes < 1 ? 'less than a minute' : formatMinutes(minutes);
}

/** When a step of the request's history happened, if it did. */
export function stepAt(request: HelpRequest, event: HelpRequest['history'][number]['event']): string | null {
  return [...request.history].reverse().find((step) => step.event === event)?.at ?? null;
}

/** Requests someone can still cancel: nobody has resolved them yet. */
export function canCancel(request: HelpRequest): boolean {
  return request.status === 'offered' || request.status === 'open-to-all' || request.status === 'claimed';
}
