import type { AuditEntryOf } from '../../shared/audit-log.js';
import type { CampaignStatus, Population, PopulationOptions } from '../../../contracts/audit-campaigns.js';
import type { CampaignSchedule } from './plan-campaign-messages.js';

/** Where campaigns, their members and their bot messages are kept (api/src/db/campaign-repository.ts). */

export interface CampaignRecord {
  id: string;
  name: string;
  opensOn: string;
  closesOn: string;
  status: CampaignStatus;
  population: Population;
  reminderDays: number[];
  frameworkVersion: number;
  members: number;
  submitted: number;
  inProgress: number;
  launchedAt: Date | null;
  closedAt: Date | null;
}

export interface NewCampaign {
  name: string;
  opensOn: string;
  closesOn: string;
  population: Population;
  reminderDays: number[];
  frameworkVersionId: string;
  createdBy: string;
}

export type LaunchResult =
  | { kind: 'launched'; members: number }
  /** Someone launched or closed it first. */
  | { kind: 'not-draft' }
  /** Nobody active is in the population any more; nothing was written. */
  | { kind: 'nobody' };

export type CloseResult = { kind: 'closed'; skipped: number } | { kind: 'not-launched' };

export interface StepTally {
  step: string;
  /** Waiting to be sent, or being sent now. */
  pending: number;
  /** Of the pending, those whose time has come. */
  dueNow: number;
  sent: number;
  failed: number;
  unreachable: number;
  skipped: number;
}

export interface MessageProblem {
  person: { id: string; displayName: string };
  step: string;
  status: 'failed' | 'unreachable';
  reason: string;
  attempts: number;
}

export interface PlaceNames {
  services: ReadonlyMap<string, string>;
  sites: ReadonlyMap<string, string>;
}

export interface CampaignRepository {
  /** Creates a draft and writes its audit entry, in one transaction. */
  create(campaign: NewCampaign, audit: AuditEntryOf<string>): Promise<string>;
  list(): Promise<CampaignRecord[]>;
  find(id: string): Promise<CampaignRecord | undefined>;
  /** The ids among `ids` that name no service (or site). */
  unknownIds(kind: 'services' | 'sites', ids: readonly string[]): Promise<string[]>;
  /** Active people the population takes in today. */
  populationSize(population: Population): Promise<number>;
  populationOptions(): Promise<PopulationOptions>;
  placeNames(): Promise<PlaceNames>;
  /**
   * In one transaction, if the campaign is still a draft: marks it launched, fixes its
   * members (the population as it is now), writes one pending invitation for each and
   * the audit entry, given how many members it has.
   */
  launch(id: string, launch: { by: string; at: Date; invitationAt: Date }, audit: AuditEntryOf<number>): Promise<LaunchResult>;
  /** Closes a launched campaign; its messages not yet sent are skipped; the audit entry is given how many. */
  close(id: string, at: Date, audit: AuditEntryOf<number>): Promise<CloseResult>;
  stepTallies(id: string, now: Date): Promise<StepTally[]>;
  problems(id: string): Promise<MessageProblem[]>;
}

/** A message the sender has claimed, with what deciding and sending it needs. */
export interface ClaimedMessage {
  id: number;
  step: string;
  /** Tries already made before this one. */
  attempts: number;
  campaign: { id: string; name: string; closesOn: string; status: CampaignStatus };
  person: { id: string; displayName: string; entraObjectId: string | null; active: boolean };
  responseStatus: 'draft' | 'submitted' | null;
}

export interface OpenCampaign extends CampaignSchedule {
  id: string;
}

export interface CampaignMessageQueue {
  /**
   * Takes the next pending message whose time has come and marks it `sending`, so no
   * other sender (in this process or another instance) can take it too.
   */
  claimNext(now: Date): Promise<ClaimedMessage | undefined>;
  markSent(id: number, at: Date): Promise<void>;
  /** Back to pending, to be tried again at `at`. */
  retryAt(id: number, at: Date, reason: string, options: { countsAttempt: boolean }): Promise<void>;
  finish(id: number, status: 'failed' | 'unreachable' | 'skipped', reason: string, options: { countsAttempt: boolean }): Promise<void>;
  /** When the earliest pending message falls due; undefined when none is pending. */
  nextDueAt(): Promise<Date | undefined>;
  /**
   * Messages left `sending` since before `claimedBefore` by a server that stopped
   * mid-send: whether they reached the person is unknown, so they become `failed` with
   * `reason` rather than being sent a second time.
   */
  failInterrupted(claimedBefore: Date, reason: string): Promise<number>;
  /** Launched campaigns open on `today`. */
  openCampaigns(today: string): Promise<OpenCampaign[]>;
  /**
   * Writes the step's pending messages for the campaign's members (all of them, or only
   * those who have not submitted), unless the step was written before; returns how many.
   */
  createStep(campaignId: string, step: string, firstAttemptAt: Date, audience: 'everyone' | 'not-submitted'): Promise<number>;
}
