import type { ChampionProfileInput, ChampionStatus, PersonRef } from '../../../contracts/champions.js';
import type { CategoryResult } from '../../../contracts/skills-audit.js';
import type { FrameworkRepository } from '../../audit/framework-repository.js';
import type { AuditEntryInput, AuditLogWriter } from '../../shared/audit-log.js';
import type { Clock } from '../../shared/clock.js';
import type { ChampionMove } from './champion-transitions.js';

interface Place {
  id: string;
  name: string;
}

/** A person as the champion use cases see them, with their champion record if they have one. */
export interface StoredChampion {
  personId: string;
  displayName: string;
  email: string;
  jobTitle: string | null;
  personStatus: 'active' | 'leaver';
  /** Null when they have never volunteered or been invited. */
  status: ChampionStatus | null;
  profile: ChampionProfileInput;
  /** Where they help: the profile's site, else the directory's. */
  site: Place | null;
  service: Place | null;
  /** People they support now: active matches and claimed help requests. */
  load: number;
  /** When the status last changed; null without a record. */
  statusSince: Date | null;
}

export interface ChampionEventRecord {
  fromStatus: ChampionStatus | null;
  toStatus: ChampionStatus;
  by: PersonRef | null;
  note: string | null;
  at: Date;
}

export interface StatusWrite {
  personId: string;
  /** The status the change was decided from; the write only happens if it is still that. */
  from: ChampionStatus | null;
  to: ChampionStatus;
  actorPersonId: string;
  note: string | null;
  at: Date;
}

export interface ChampionSearch {
  statuses: readonly ChampionStatus[];
  /** Leavers are hidden from the public list. */
  activePeopleOnly: boolean;
  text: string | undefined;
  limit: number;
  offset: number;
}

export interface LatestAudit {
  submittedAt: Date;
  categories: CategoryResult[];
}

export interface ChampionRepository {
  /** The person with their champion record (if any); undefined when the directory has no such person. */
  find(personId: string): Promise<StoredChampion | undefined>;
  /**
   * Writes the new status and its history entry in one transaction, only if the status is
   * still `from`. Returns false (and writes nothing) when someone changed it first.
   */
  changeStatus(write: StatusWrite): Promise<boolean>;
  history(personId: string): Promise<ChampionEventRecord[]>;
  /** Returns false when the person has no champion record. */
  saveProfile(personId: string, profile: ChampionProfileInput, at: Date): Promise<boolean>;
  /** Every site and service in the directory, by name. */
  places(): Promise<{ sites: Place[]; services: Place[] }>;
  placesExist(ids: { siteId: string | null; serviceId: string | null }): Promise<{ site: boolean; service: boolean }>;
  search(search: ChampionSearch): Promise<{ items: StoredChampion[]; total: number }>;
  countsByStatus(): Promise<Record<ChampionStatus, number>>;
  latestAudits(personIds: readonly string[]): Promise<Map<string, LatestAudit>>;
  recordReads(entries: readonly AuditEntryInput[]): Promise<void>;
}

/** What the bot tells a person when someone else changes their champion status. */
export interface ChampionNotice {
  move: ChampionMove;
  person: PersonRef;
  by: PersonRef;
  note: string | null;
}

/**
 * Telling people about changes made to their record by someone else. Called after the
 * change is committed; resolves false (never throws) when the person cannot be reached.
 */
export interface ChampionNotifier {
  notify(notice: ChampionNotice): Promise<boolean>;
}

export interface ChampionDeps {
  champions: ChampionRepository;
  /** The current framework gives strengths their category titles. */
  frameworks: Pick<FrameworkRepository, 'current'>;
  audit: AuditLogWriter;
  notifier: ChampionNotifier;
  clock: Clock;
}
