import type { FrameworkVersion } from '../../contracts/skills-framework.js';
import type { AnswerValue, Channel, GivenAnswer } from '../../contracts/skills-audit.js';
import type { LearningResource } from '../../contracts/learning-resources.js';
import type { AuditEntryInput } from '../shared/audit-log.js';
import type { CampaignWindow } from './campaign-window.js';
import type { SubmissionSummary } from './submission-summary.js';

/** A campaign as taking the audit sees it: its dates, its framework version and its state. */
export interface CampaignFacts extends CampaignWindow {
  id: string;
  name: string;
  frameworkVersionId: string;
  closedAt: Date | null;
}

export type ResponseStatus = 'draft' | 'submitted';

/** A launched campaign the person is a member of, with the state of their response to it. */
export interface MemberCampaign extends CampaignFacts {
  responseStatus: ResponseStatus | null;
}

/** A person's response to one campaign, with every answer given so far. */
export interface ResponseState {
  id: string;
  status: ResponseStatus;
  frameworkVersionId: string;
  lastCategoryKey: string | null;
  lastChannel: Channel | null;
  submittedAt: Date | null;
  answers: GivenAnswer[];
}

/** What a transaction holding a response row locked can do with it. */
export interface LockedResponse {
  id: string;
  status: ResponseStatus;
  /** The version the response's answers belong to: its campaign's. */
  frameworkVersionId: string;
  /** The campaign as it is now, read under the lock (it may have closed since the request began). */
  campaign: CampaignFacts;
  /** Every answer stored so far, read inside the transaction. */
  answers(): Promise<Map<string, AnswerValue>>;
  /** The framework version, read inside the transaction (for when it is not kept in memory yet). */
  readFramework(): Promise<FrameworkVersion | undefined>;
  /** Upserts the answers and records where the person stopped, in one statement. */
  save(answers: readonly GivenAnswer[], progress: { lastCategoryKey: string | null; channel: Channel; at: Date }): Promise<void>;
  /** Upserts the last answers and marks the response submitted with its scored summary, in one statement. */
  submit(answers: readonly GivenAnswer[], submission: { summary: SubmissionSummary; channel: Channel; at: Date }): Promise<void>;
}

/** A submitted response, everything a report needs about it. */
export interface SubmittedResponse {
  id: string;
  person: { id: string; displayName: string };
  campaign: CampaignFacts;
  frameworkVersionId: string;
  submittedAt: Date;
  summary: SubmissionSummary;
  answers: GivenAnswer[];
}

/** A submitted response without its answers: what lists and comparisons need. */
export interface SubmittedSummary {
  id: string;
  campaign: CampaignFacts;
  submittedAt: Date;
  summary: SubmissionSummary;
}

/** Someone in a manager's reporting line who is in the campaign. */
export interface TeamMemberState {
  person: { id: string; displayName: string; jobTitle: string | null };
  direct: boolean;
  status: ResponseStatus | null;
  submittedAt: Date | null;
  summary: SubmissionSummary | null;
}

export interface CandidateRow {
  person: { id: string; displayName: string; jobTitle: string | null; service: string | null };
  campaign: CampaignFacts;
  submittedAt: Date;
  summary: SubmissionSummary;
}

/** Where audit responses, answers and what reports read alongside them are kept. */
export interface AuditResponseRepository {
  /** Launched campaigns the person is a member of, whatever their dates. */
  memberCampaigns(personId: string): Promise<MemberCampaign[]>;
  findCampaign(campaignId: string): Promise<CampaignFacts | undefined>;
  findResponse(campaignId: string, personId: string): Promise<ResponseState | undefined>;
  /**
   * Runs `work` in one transaction holding the person's response row locked, creating the
   * draft (against the campaign's framework version) when there is none. `work` gets
   * undefined, and nothing is created, when the person is not in that campaign or it was
   * never launched. If `work` throws, nothing done in the transaction is kept.
   */
  withLockedResponse<T>(key: { campaignId: string; personId: string }, work: (locked: LockedResponse | undefined) => Promise<T>): Promise<T>;
  findSubmitted(responseId: string): Promise<SubmittedResponse | undefined>;
  /** Who a response belongs to, submitted or not; undefined when there is no such response. */
  ownerOf(responseId: string): Promise<string | undefined>;
  /** The person's submitted responses, newest first. */
  listSubmitted(personId: string): Promise<SubmittedSummary[]>;
  /**
   * What a report adds to a submission, in one round trip: the person's last response
   * submitted before `before`, and the non-archived resources linked to any of the keys.
   */
  reportContext(query: {
    personId: string;
    before: Date;
    statementKeys: readonly string[];
    categoryKeys: readonly string[];
  }): Promise<{ previous: SubmittedSummary | undefined; resources: LearningResource[] }>;
  /** The campaign a team view shows by default: the latest launched one that includes someone in the manager's line. */
  latestCampaignForLine(managerId: string): Promise<CampaignFacts | undefined>;
  /** Everyone in the manager's reporting line, direct and indirect, who is a member of the campaign. */
  reportingLine(managerId: string, campaignId: string): Promise<TeamMemberState[]>;
  /** People whose latest submitted response is flagged as a champion candidate. */
  championCandidates(): Promise<CandidateRow[]>;
  /** Writes several audit-log entries in one statement. */
  recordReads(entries: readonly AuditEntryInput[]): Promise<void>;
}
