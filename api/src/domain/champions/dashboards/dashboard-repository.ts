import type { ChampionStatus } from '../../../contracts/champions.js';

/** Where the dashboards' figures come from. Every figure is counted by the database. */

/** The start of a period: a calendar date for the support log, an instant for requests and ratings. */
export interface PeriodStart {
  date: string;
  at: Date;
}

export interface ChampionWork {
  peopleHelped: number;
  requestsResolved: number;
  minutes: number;
  supportSessions: number;
  averageRating: number | null;
  ratingCount: number;
}

export interface ChampionQueueCounts {
  offeredToMe: number;
  openToAll: number;
  helping: number;
}

export interface RatingRecord {
  requestId: string;
  categoryKey: string;
  rating: number;
  comment: string | null;
  ratedAt: Date;
}

export interface CoverageRecord {
  id: string | null;
  name: string | null;
  staff: number;
  champions: number;
  pausedChampions: number;
}

export interface ChampionCounts {
  staff: number;
  champions: number;
  pausedChampions: number;
  waitingForApproval: number;
}

export interface RequestFigures {
  unanswered: { offered: number; openToAll: number; oldestAskedAt: Date | null };
  requests: { asked: number; claimed: number; resolved: number; cancelled: number };
  timeToClaim: { medianMinutes: number | null; count: number };
  timeToResolve: { medianMinutes: number | null; count: number };
  byCategory: { categoryKey: string; asked: number; resolved: number }[];
  ratings: { average: number | null; count: number };
}

export interface ChampionDashboardRepository {
  /** The person's champion record's status and name; undefined when they have none. */
  champion(personId: string): Promise<{ displayName: string; status: ChampionStatus } | undefined>;
  queueCounts(personId: string): Promise<ChampionQueueCounts>;
  /** Their work since `since`, or ever when it is null. */
  work(personId: string, since: PeriodStart | null): Promise<ChampionWork>;
  recentRatings(personId: string, limit: number): Promise<RatingRecord[]>;
  coverage(by: 'service' | 'site'): Promise<CoverageRecord[]>;
  championCounts(): Promise<ChampionCounts>;
  /** Unanswered requests as they stand now; the rest over what happened from `from` until `to`. */
  requestFigures(period: { from: Date; to: Date }): Promise<RequestFigures>;
}
