import type { ChampionCoverage, ChampionsOverview, ChampionsOverviewQuery } from '../../../contracts/champion-dashboards.js';
import { requireAnyRole, type Actor } from '../../shared/actor.js';
import { categoryTitles, rounded, type DashboardDeps } from './dashboard-deps.js';
import type { CoverageRecord } from './dashboard-repository.js';

const DAY_MS = 86_400_000;

function staffPerChampion(staff: number, champions: number): number | null {
  return champions === 0 ? null : rounded(staff / champions);
}

/** Named places first, alphabetically; people the directory puts nowhere come last. */
function coverage(records: CoverageRecord[], unnamed: string): ChampionCoverage[] {
  return records
    .map((record) => ({
      id: record.id,
      name: record.name ?? unnamed,
      staff: record.staff,
      champions: record.champions,
      pausedChampions: record.pausedChampions,
      staffPerChampion: staffPerChampion(record.staff, record.champions),
    }))
    .sort((a, b) => Number(a.id === null) - Number(b.id === null) || a.name.localeCompare(b.name, 'en-GB'));
}

/**
 * The digital team's view of the programme: where champions are against the staff they
 * serve, what nobody has picked up yet, how fast requests are claimed and resolved, what
 * people ask about, and how they rate the help. Figures over `days` days back from now.
 */
export async function getChampionsOverview(deps: DashboardDeps, actor: Actor, query: ChampionsOverviewQuery): Promise<ChampionsOverview> {
  requireAnyRole(actor, ['digital'], 'see the champions overview');
  const now = deps.clock.now();
  const from = new Date(now.getTime() - query.days * DAY_MS);
  const [byService, bySite, counts, figures, titleOf] = await Promise.all([
    deps.dashboards.coverage('service'),
    deps.dashboards.coverage('site'),
    deps.dashboards.championCounts(),
    deps.dashboards.requestFigures({ from, to: now }),
    categoryTitles(deps.frameworks),
  ]);
  const oldest = figures.unanswered.oldestAskedAt;
  return {
    period: { days: query.days, from: from.toISOString(), to: now.toISOString() },
    totals: { ...counts, staffPerChampion: staffPerChampion(counts.staff, counts.champions) },
    byService: coverage(byService, 'No service recorded'),
    bySite: coverage(bySite, 'No site recorded'),
    unanswered: {
      offered: figures.unanswered.offered,
      openToAll: figures.unanswered.openToAll,
      oldestAskedAt: oldest?.toISOString() ?? null,
      oldestAgeMinutes: oldest ? Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / 60_000)) : null,
    },
    requests: figures.requests,
    timeToClaim: { ...figures.timeToClaim, medianMinutes: rounded(figures.timeToClaim.medianMinutes) },
    timeToResolve: { ...figures.timeToResolve, medianMinutes: rounded(figures.timeToResolve.medianMinutes) },
    byCategory: figures.byCategory.map((row) => ({ ...row, title: titleOf(row.categoryKey) })),
    ratings: { average: rounded(figures.ratings.average), count: figures.ratings.count },
  };
}
