import { z } from 'zod';
import { PersonRef } from './champions.js';

/** Matching learners with Digital Champions: opting in, the digital team's runs, and each match. */

export const UNMATCHED_REASONS = ['no-audit', 'nothing-to-improve', 'no-champions', 'no-strong-champion', 'recently-matched', 'at-capacity'] as const;
export const UnmatchedReason = z.enum(UNMATCHED_REASONS);
export type UnmatchedReason = z.infer<typeof UnmatchedReason>;

/** Said to the learner and to the digital team alike, so it is written to the learner. */
export const UNMATCHED_REASON_TEXT: Record<UnmatchedReason, string> = {
  'no-audit': 'no skills audit yet',
  'nothing-to-improve': 'your latest skills audit shows no gaps or skills to refresh',
  'no-champions': 'there are no Digital Champions available yet',
  'no-strong-champion': 'no champion is strong in what you need',
  'recently-matched': 'you were matched with every suitable champion recently',
  'at-capacity': 'the champions who could help are all at capacity',
};

export const MATCH_STATUSES = ['active', 'declined', 'ended'] as const;
export const MatchStatus = z.enum(MATCH_STATUSES);
export type MatchStatus = z.infer<typeof MatchStatus>;

/** The weights a run used; the digital team may change them for one run. */
export const MatchingSettings = z
  .object({
    sameSiteBonus: z.number().min(0).max(1).describe('Added to a pair’s score when the learner wants help in person and both work at the same site'),
    sameServiceBonus: z.number().min(0).max(1).describe('Added when both are in the same service (the same business systems)'),
    repeatPeriodDays: z.number().int().min(0).max(730).describe('A learner is not matched again with a champion they were matched with this recently'),
  })
  .meta({ id: 'MatchingSettings' });
export type MatchingSettings = z.infer<typeof MatchingSettings>;

export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = { sameSiteBonus: 0.2, sameServiceBonus: 0.1, repeatPeriodDays: 180 };

export const RunMatchingBody = MatchingSettings.partial().meta({ id: 'RunMatchingBody' });
export type RunMatchingBody = z.infer<typeof RunMatchingBody>;

export const OptInBody = z
  .object({
    inPerson: z.boolean().describe('They would like help in person, so a champion at their own site counts for more'),
    note: z.string().trim().max(500).optional().describe('Anything the champion should know'),
  })
  .meta({ id: 'OptInBody' });
export type OptInBody = z.infer<typeof OptInBody>;

export const MatchIdParams = z.object({ id: z.uuid() });

export const Match = z
  .object({
    id: z.uuid(),
    runId: z.uuid(),
    learner: PersonRef,
    champion: PersonRef,
    score: z.number(),
    explanation: z.string().describe('Why this pair, in plain words: “covers 3 of 4 gaps · same building”'),
    status: MatchStatus,
    createdAt: z.iso.datetime({ offset: true }),
    declinedBy: PersonRef.nullable(),
    declinedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'Match' });
export type Match = z.infer<typeof Match>;

/** A match as one side sees it: with a Teams chat link to the other side. */
export const MyMatch = Match.extend({ chatUrl: z.string().describe('A Teams chat with the other person') }).meta({ id: 'MyMatch' });
export type MyMatch = z.infer<typeof MyMatch>;

export const MyMatching = z
  .object({
    hasAudit: z.boolean().describe('Only people who have submitted a skills audit can ask to be matched'),
    optIn: z
      .object({ inPerson: z.boolean(), note: z.string(), optedInAt: z.iso.datetime({ offset: true }) })
      .nullable()
      .describe('Null when they have not asked, or have withdrawn'),
    match: MyMatch.nullable().describe('Their champion: the latest active match'),
    /** When the latest run left them without a champion, and why. */
    lastUnmatched: z.object({ runAt: z.iso.datetime({ offset: true }), reason: UnmatchedReason, reasonText: z.string() }).nullable(),
    /** For champions: the people matched with them now. */
    asChampion: z.array(MyMatch),
  })
  .meta({ id: 'MyMatching' });
export type MyMatching = z.infer<typeof MyMatching>;

export const UnmatchedLearner = z
  .object({ person: PersonRef, reason: UnmatchedReason, reasonText: z.string() })
  .meta({ id: 'UnmatchedLearner' });
export type UnmatchedLearner = z.infer<typeof UnmatchedLearner>;

export const MatchRun = z
  .object({
    id: z.uuid(),
    runAt: z.iso.datetime({ offset: true }),
    runBy: PersonRef.nullable(),
    settings: MatchingSettings,
    matchedCount: z.number().int(),
    totalScore: z.number(),
    matches: z.array(Match).describe('As they stand now: a declined match says so'),
    unmatched: z.array(UnmatchedLearner),
  })
  .meta({ id: 'MatchRun' });
export type MatchRun = z.infer<typeof MatchRun>;

export const LatestMatchRun = z
  .object({ run: MatchRun.nullable(), waitingLearners: z.number().int().describe('Opted-in learners without an active match now') })
  .meta({ id: 'LatestMatchRun' });
export type LatestMatchRun = z.infer<typeof LatestMatchRun>;
