import type { PersonRef } from '../../../contracts/champions.js';
import type { MatchingSettings, MatchStatus, UnmatchedReason } from '../../../contracts/matching.js';
import type { CategoryResult } from '../../../contracts/skills-audit.js';
import type { AuditEntryInput } from '../../shared/audit-log.js';
import type { Clock } from '../../shared/clock.js';
import type { PooledChampion } from '../champion-pool.js';
import type { MatchNotifier } from './match-notifier.js';
import type { MatchingOutcome, Pairing } from './matching-input.js';

/** A person on either side of a match; the e-mail address gives the other side a Teams chat link. */
export interface MatchPerson {
  id: string;
  displayName: string;
  email: string;
}

export interface StoredMatch {
  id: string;
  runId: string;
  learner: MatchPerson;
  champion: MatchPerson;
  score: number;
  explanation: string;
  status: MatchStatus;
  createdAt: Date;
  declinedBy: PersonRef | null;
  declinedAt: Date | null;
}

export interface StoredOptIn {
  inPerson: boolean;
  note: string;
  optedInAt: Date;
}

export interface StoredRun {
  id: string;
  runAt: Date;
  runBy: PersonRef | null;
  /** As saved; parsed by the use case. */
  settings: unknown;
  matchedCount: number;
  totalScore: number;
  unmatched: { person: PersonRef; reason: UnmatchedReason }[];
}

/** An opted-in learner without an active match, where they work and how they want help. */
export interface WaitingLearner {
  personId: string;
  siteId: string | null;
  serviceId: string | null;
  inPerson: boolean;
}

/**
 * What a run reads and writes, inside one transaction that holds the matching lock: two
 * runs at once cannot both match the same learner or fill the same champion twice.
 */
export interface MatchRunStore {
  waitingLearners(): Promise<WaitingLearner[]>;
  latestAudits(personIds: readonly string[]): Promise<Map<string, CategoryResult[]>>;
  activeChampions(): Promise<readonly PooledChampion[]>;
  /** Every pairing of a waiting learner made at or after `since`, declined or not. */
  pairingsSince(since: Date): Promise<Pairing[]>;
  saveRun(run: { runBy: string; runAt: Date; settings: MatchingSettings; outcome: MatchingOutcome }): Promise<string>;
}

export interface MatchingRepository {
  hasSubmittedAudit(personId: string): Promise<boolean>;
  /** Creates or renews the person's opt-in (withdrawn ones are taken back). */
  optIn(personId: string, choice: { inPerson: boolean; note: string }, at: Date): Promise<void>;
  withdraw(personId: string, at: Date): Promise<void>;
  findOptIn(personId: string): Promise<StoredOptIn | undefined>;
  activeMatchAsLearner(personId: string): Promise<StoredMatch | undefined>;
  activeMatchesAsChampion(personId: string): Promise<StoredMatch[]>;
  findMatch(id: string): Promise<StoredMatch | undefined>;
  /** Declines the match if it is still active; false when it was not (someone else got there first). */
  decline(id: string, by: string, at: Date): Promise<boolean>;
  latestRun(): Promise<StoredRun | undefined>;
  findRun(id: string): Promise<StoredRun | undefined>;
  matchesOfRun(runId: string): Promise<StoredMatch[]>;
  /** Why the latest run left the person unmatched, if it did. */
  latestUnmatched(personId: string): Promise<{ runAt: Date; reason: UnmatchedReason } | undefined>;
  countWaitingLearners(): Promise<number>;
  inRunLock<T>(work: (store: MatchRunStore) => Promise<T>): Promise<T>;
  recordReads(entries: readonly AuditEntryInput[]): Promise<void>;
}

export interface MatchingDeps {
  matching: MatchingRepository;
  notifier: MatchNotifier;
  clock: Clock;
}
