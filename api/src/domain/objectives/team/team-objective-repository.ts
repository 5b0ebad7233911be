import type { Reference } from '../../../contracts/common.js';
import type { ObjectiveKind, ObjectiveOutcome, ObjectiveStatus } from '../../../contracts/objectives.js';
import type { TeamObjectiveCounts, TeamObjectiveFilter } from '../../../contracts/team-objectives.js';
import type { CampaignFacts } from '../../audit/audit-response-repository.js';

/** Whose objectives are in view: one manager's reporting line (direct and indirect), or the whole council. */
export type TeamScope = { kind: 'line'; managerId: string } | { kind: 'council' };

/** The people in view: a scope, narrowed to one service when asked. */
export interface TeamPeople {
  scope: TeamScope;
  serviceId?: string | undefined;
}

/** When a check-in is late: `checkInEveryDays` after agreement or the last check-in, counted in council dates. */
export interface CheckInRule {
  /** Today in the council's time zone, 'YYYY-MM-DD'. */
  today: string;
  checkInEveryDays: number;
}

export interface TeamListQuery extends TeamPeople, CheckInRule {
  yearId: string;
  /** Who is asking: a person who reports to them is shown as a direct report. */
  viewerId: string;
  status?: TeamObjectiveFilter | undefined;
  text?: string | undefined;
  limit: number;
  offset: number;
}

export interface TeamObjectiveRecord {
  id: string;
  title: string;
  kind: ObjectiveKind;
  status: ObjectiveStatus;
  progress: number;
  targetDate: string | null;
  checkInDueOn: string | null;
  outcome: ObjectiveOutcome | null;
}

export interface TeamMemberRecord {
  person: { id: string; displayName: string };
  jobTitle: string | null;
  service: Reference | null;
  manager: { id: string; displayName: string } | null;
  direct: boolean;
  objectives: TeamObjectiveRecord[];
}

/** One objective as the council's appraisal system takes it. Dates are council dates ('YYYY-MM-DD'). */
export interface ExportRecord {
  person: string;
  email: string;
  jobTitle: string | null;
  manager: string | null;
  service: string | null;
  kind: ObjectiveKind;
  title: string;
  successMeasure: string;
  status: ObjectiveStatus;
  targetDate: string | null;
  proposedOn: string | null;
  agreedOn: string | null;
  agreedBy: string | null;
  progress: number;
  lastCheckInOn: string | null;
  outcome: ObjectiveOutcome | null;
  outcomeComment: string | null;
}

export interface AuditCompletionRecord {
  campaign: CampaignFacts | undefined;
  members: number;
  submitted: number;
  inProgress: number;
  notStarted: number;
}

/** What Home tells a person about their own objectives in the open year. */
export interface PersonalStanding {
  /** The statuses of their objectives of the year, withdrawn ones left out. */
  statuses: ObjectiveStatus[];
  /** Agreed or in-progress objectives whose check-in is due today or was due earlier. */
  checkInsDue: number;
}

/** Where the team view, the export and Home read objectives across people. Read-only. */
export interface TeamObjectiveRepository {
  listMembers(query: TeamListQuery): Promise<{ items: TeamMemberRecord[]; total: number }>;
  countByFilter(query: TeamPeople & CheckInRule & { yearId: string }): Promise<TeamObjectiveCounts>;
  /** People in view who manage someone, by name: the teams one can narrow the view to. */
  managersIn(people: TeamPeople): Promise<{ id: string; displayName: string }[]>;
  services(): Promise<Reference[]>;
  /** The latest skills audit that includes someone in view, and how far they have got with it. */
  auditCompletion(people: TeamPeople): Promise<AuditCompletionRecord>;
  exportRows(people: TeamPeople & { yearId: string }): Promise<ExportRecord[]>;
  /** Where the person's own objectives of the year stand. */
  personalStanding(personId: string, yearId: string, rule: CheckInRule): Promise<PersonalStanding>;
  /** Among the manager's direct reports, in the year: objectives waiting for agreement, and check-ins overdue. */
  managerStanding(managerId: string, yearId: string, rule: CheckInRule): Promise<{ waiting: number; checkInsOverdue: number }>;
}
