import { ChampionDashboard, ChampionsOverview, ChampionsOverviewQuery } from '../../contracts/champion-dashboards.js';
import type { DashboardDeps } from '../../domain/champions/dashboards/dashboard-deps.js';
import { getChampionDashboard } from '../../domain/champions/dashboards/get-champion-dashboard.js';
import { getChampionsOverview } from '../../domain/champions/dashboards/get-champions-overview.js';
import { defineRoute } from '../route.js';

const TAG = 'Champion dashboards';

export function championDashboardRoutes(deps: DashboardDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/champions/dashboard',
      tag: TAG,
      summary: 'The signed-in champion’s own dashboard',
      description:
        'Requests waiting in their queue; people helped, minutes given and ratings, this calendar month (UK time) and since they started; ' +
        'their latest ratings with comments. Digital Champions (active or paused) only.',
      access: 'signed-in',
      response: ChampionDashboard,
      problems: [403, 404],
      handle: ({ actor }) => getChampionDashboard(deps, actor),
    }),
    defineRoute({
      method: 'get',
      path: '/api/champions/overview',
      tag: TAG,
      summary: 'The champions programme at a glance, for the digital team',
      description:
        'Active champions per service and per site against the active staff there; requests nobody has claimed yet; over the last `days` days ' +
        '(90 unless given): requests by outcome and category, median time to claim and to resolve, and the average rating. Digital team only.',
      access: 'signed-in',
      query: ChampionsOverviewQuery,
      response: ChampionsOverview,
      problems: [403],
      handle: ({ actor, query }) => getChampionsOverview(deps, actor, query),
    }),
  ];
}
