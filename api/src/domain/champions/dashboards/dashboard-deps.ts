import type { FrameworkRepository } from '../../audit/framework-repository.js';
import { COUNCIL_TIME_ZONE, councilDate } from '../../audit/campaign-window.js';
import type { Clock } from '../../shared/clock.js';
import type { ChampionDashboardRepository, PeriodStart } from './dashboard-repository.js';

/** What the dashboard use cases need. */
export interface DashboardDeps {
  dashboards: ChampionDashboardRepository;
  frameworks: Pick<FrameworkRepository, 'current'>;
  clock: Clock;
}

/** Category titles by key from the current framework; a key it no longer has shows as itself. */
export async function categoryTitles(frameworks: DashboardDeps['frameworks']): Promise<(key: string) => string> {
  const current = await frameworks.current();
  const titles = new Map((current?.categories ?? []).map((category) => [category.key, category.title]));
  return (key) => titles.get(key) ?? key;
}

const LONDON_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: COUNCIL_TIME_ZONE, hour: '2-digit', hourCycle: 'h23' });

/**
 * The first day of the UK calendar month `now` is in, and the instant it began. Clocks
 * change on the last Sunday of March and October, so midnight on the 1st is never
 * ambiguous: it is either GMT or one hour ahead of it.
 */
export function ukMonthStart(now: Date): PeriodStart {
  const date = `${councilDate(now).slice(0, 7)}-01`;
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  const londonHour = Number(LONDON_HOUR.format(utcMidnight));
  return { date, at: new Date(utcMidnight.getTime() - londonHour * 3_600_000) };
}

/** Averages and ratios to two decimal places: enough for people, stable for tests. */
export function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
