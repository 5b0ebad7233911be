import type { DropInFormat, DropInStatus } from '../../../contracts/drop-ins.js';
import type { RegistrationRefusal } from './drop-in-rules.js';

/** Where drop-in sessions and their registrations are kept (api/src/db/drop-in-repository.ts). */

export interface DropInRecord {
  id: string;
  host: { id: string; displayName: string };
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  format: DropInFormat;
  site: { id: string; name: string } | null;
  place: string;
  capacity: number;
  categoryKeys: string[];
  meetingJoinUrl: string | null;
  status: DropInStatus;
  /** Places taken, not counting cancelled ones. */
  registeredCount: number;
  /** Whether the person the record was read for has a place. */
  viewerRegistered: boolean;
  /** Whether a support session logs it. */
  logged: boolean;
}

export interface NewDropIn {
  hostId: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  format: DropInFormat;
  siteId: string | null;
  place: string;
  capacity: number;
  categoryKeys: string[];
  meeting: { id: string; joinUrl: string } | null;
  createdAt: Date;
}

export interface DropInFilter {
  categoryKey?: string | undefined;
  siteId?: string | undefined;
  format?: DropInFormat | undefined;
}

export interface Registrant {
  person: { id: string; displayName: string };
  registeredAt: Date;
}

export type RegisterResult = { kind: 'registered' } | { kind: 'refused'; reason: RegistrationRefusal } | { kind: 'not-found' };
export type CancelRegistrationResult = 'cancelled' | 'not-registered' | 'started' | 'not-found';
export type CancelDropInResult = { kind: 'cancelled'; registrants: Registrant[] } | { kind: 'not-scheduled' };

/** A registration whose reminder this run has taken on: nobody else will send it. */
export interface ClaimedReminder {
  sessionId: string;
  person: { id: string; displayName: string };
}

export interface DropInRepository {
  /** The person's name and Microsoft Entra id (the organiser of a Teams meeting). */
  personFacts(personId: string): Promise<{ displayName: string; entraObjectId: string | null } | undefined>;
  sites(): Promise<Array<{ id: string; name: string }>>;
  create(dropIn: NewDropIn): Promise<string>;
  find(id: string, viewerId: string): Promise<DropInRecord | undefined>;
  /** Scheduled sessions that have not ended, soonest first. */
  listUpcoming(filter: DropInFilter, now: Date, viewerId: string, page: { limit: number; offset: number }): Promise<{ items: DropInRecord[]; total: number }>;
  /** The host's sessions that end after `since`, soonest first, cancelled ones included. */
  listHosted(hostId: string, since: Date): Promise<DropInRecord[]>;
  /** Everyone with a place, by session, in the order they booked. */
  registrants(sessionIds: readonly string[]): Promise<Map<string, Registrant[]>>;
  /** In one transaction under a lock on the session: checks the rules, then takes a place. */
  register(sessionId: string, personId: string, now: Date): Promise<RegisterResult>;
  cancelRegistration(sessionId: string, personId: string, now: Date): Promise<CancelRegistrationResult>;
  /** Cancels a scheduled session that has not ended; returns who had a place. */
  cancel(sessionId: string, now: Date): Promise<CancelDropInResult>;
  /**
   * Marks, in one statement, the reminders due for sessions starting in (from, to] and
   * returns them: a second server running the same job at the same time gets none of them.
   */
  claimDueReminders(window: { from: Date; to: Date }, now: Date): Promise<ClaimedReminder[]>;
}
