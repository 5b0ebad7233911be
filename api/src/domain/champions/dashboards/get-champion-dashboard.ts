import type { ChampionDashboard, ChampionPeriodFigures } from '../../../contracts/champion-dashboards.js';
import { hasRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { categoryTitles, rounded, ukMonthStart, type DashboardDeps } from './dashboard-deps.js';
import type { ChampionWork } from './dashboard-repository.js';

/** Enough to see how people felt lately without turning the dashboard into a list. */
const RECENT_RATINGS = 10;

function figures(work: ChampionWork): ChampionPeriodFigures {
  return { ...work, averageRating: rounded(work.averageRating) };
}

/**
 * A champion's own dashboard: what is waiting in their queue, and how many people they
 * helped, for how long and how it was rated, this month and since they started. Only
 * their own: nobody else's figures can be asked for.
 */
export async function getChampionDashboard(deps: DashboardDeps, actor: Actor): Promise<ChampionDashboard> {
  if (!hasRole(actor, 'champion')) throw AppError.forbidden('Only Digital Champions have a champion dashboard.');
  const champion = await deps.dashboards.champion(actor.personId);
  if (!champion) throw AppError.notFound('Your champion record');

  const month = ukMonthStart(deps.clock.now());
  const [queue, thisMonth, allTime, ratings, titleOf] = await Promise.all([
    deps.dashboards.queueCounts(actor.personId),
    deps.dashboards.work(actor.personId, month),
    deps.dashboards.work(actor.personId, null),
    deps.dashboards.recentRatings(actor.personId, RECENT_RATINGS),
    categoryTitles(deps.frameworks),
  ]);
  return {
    champion: { id: actor.personId, displayName: champion.displayName },
    status: champion.status,
    queue,
    monthStartsOn: month.date,
    thisMonth: figures(thisMonth),
    allTime: figures(allTime),
    recentRatings: ratings.map((rating) => ({
      requestId: rating.requestId,
      categoryKey: rating.categoryKey,
      categoryTitle: titleOf(rating.categoryKey),
      rating: rating.rating,
      comment: rating.comment,
      ratedAt: rating.ratedAt.toISOString(),
    })),
  };
}
