import { z } from 'zod';
import { ChampionStatus, PersonRef } from './champions.js';

/** Dashboards of the champions programme: a champion's own work, and the digital team's overview. */

/** What a champion did over one stretch of time (this month, or since they started). */
export const ChampionPeriodFigures = z
  .object({
    /** Distinct people whose requests they resolved, plus the people in the sessions they logged. */
    peopleHelped: z.number().int(),
    requestsResolved: z.number().int(),
    /** Minutes in their support log, plus resolved requests' minutes not already logged there. */
    minutes: z.number().int(),
    supportSessions: z.number().int().describe('Entries in their support log, other than resolved help requests'),
    averageRating: z.number().nullable().describe('Of the ratings given in the period; null when there are none'),
    ratingCount: z.number().int(),
  })
  .meta({ id: 'ChampionPeriodFigures' });
export type ChampionPeriodFigures = z.infer<typeof ChampionPeriodFigures>;

export const ChampionRating = z
  .object({
    requestId: z.uuid(),
    categoryKey: z.string(),
    categoryTitle: z.string(),
    rating: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    ratedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ChampionRating' });
export type ChampionRating = z.infer<typeof ChampionRating>;

export const ChampionDashboard = z
  .object({
    champion: PersonRef,
    status: ChampionStatus,
    queue: z.object({
      offeredToMe: z.number().int(),
      openToAll: z.number().int(),
      helping: z.number().int().describe('Requests they have claimed and not yet resolved'),
    }),
    /** The calendar month (UK time) that today is in. */
    monthStartsOn: z.iso.date(),
    thisMonth: ChampionPeriodFigures,
    allTime: ChampionPeriodFigures,
    /** Their latest ratings, newest first, with what the person wrote. */
    recentRatings: z.array(ChampionRating),
  })
  .meta({ id: 'ChampionDashboard' });
export type ChampionDashboard = z.infer<typeof ChampionDashboard>;

export const OVERVIEW_DEFAULT_DAYS = 90;

export const ChampionsOverviewQuery = z.object({
  days: z.coerce.number().int().min(1).max(730).default(OVERVIEW_DEFAULT_DAYS).describe('How many days back the period figures reach'),
});
export type ChampionsOverviewQuery = z.infer<typeof ChampionsOverviewQuery>;

/** One service or site: its active staff, and the champions who help there. */
export const ChampionCoverage = z
  .object({
    /** Null for people the directory gives no service or site. */
    id: z.uuid().nullable(),
    name: z.string(),
    staff: z.number().int().describe('Active people in the directory'),
    champions: z.number().int().describe('Active champions'),
    pausedChampions: z.number().int(),
    staffPerChampion: z.number().nullable().describe('Staff for each active champion; null when there is no champion'),
  })
  .meta({ id: 'ChampionCoverage' });
export type ChampionCoverage = z.infer<typeof ChampionCoverage>;

export const ChampionsOverview = z
  .object({
    period: z.object({ days: z.number().int(), from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) }),
    totals: z.object({
      staff: z.number().int(),
      champions: z.number().int(),
      pausedChampions: z.number().int(),
      waitingForApproval: z.number().int(),
      staffPerChampion: z.number().nullable(),
    }),
    byService: z.array(ChampionCoverage),
    bySite: z.array(ChampionCoverage),
    /** Requests no champion has claimed yet, whenever they were asked. */
    unanswered: z.object({
      offered: z.number().int(),
      openToAll: z.number().int(),
      oldestAskedAt: z.iso.datetime({ offset: true }).nullable(),
      oldestAgeMinutes: z.number().int().nullable(),
    }),
    /** Requests asked in the period, by what happened to them. */
    requests: z.object({ asked: z.number().int(), claimed: z.number().int(), resolved: z.number().int(), cancelled: z.number().int() }),
    /** From asking to claiming, over the requests claimed in the period. */
    timeToClaim: z.object({ medianMinutes: z.number().nullable(), count: z.number().int() }),
    /** From asking to resolving, over the requests resolved in the period. */
    timeToResolve: z.object({ medianMinutes: z.number().nullable(), count: z.number().int() }),
    byCategory: z.array(
      z.object({ categoryKey: z.string(), title: z.string(), asked: z.number().int(), resolved: z.number().int() }),
    ),
    /** Ratings given in the period. */
    ratings: z.object({ average: z.number().nullable(), count: z.number().int() }),
  })
  .meta({ id: 'ChampionsOverview' });
export type ChampionsOverview = z.infer<typeof ChampionsOverview>;
