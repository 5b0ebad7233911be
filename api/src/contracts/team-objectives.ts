import { z } from 'zod';
import { PersonRef } from './champions.js';
import { PageQuery, Reference } from './common.js';
import { AppraisalYear, AppraisalYearRef, ObjectiveKind, ObjectiveOutcome, ObjectiveStatus } from './objectives.js';
import { CampaignRef } from './skills-audit.js';

/** A line manager's (or HR's) view of digital objectives across a reporting line, and its export. */

const IsoDate = z.iso.date();

/**
 * What the team view can be narrowed to. A person matches a filter when any of their
 * objectives of the year does; `no-objective` means none that is not withdrawn.
 */
export const TEAM_OBJECTIVE_FILTERS = ['no-objective', 'waiting', 'returned', 'agreed', 'in-progress', 'check-in-overdue', 'completed'] as const;
export const TeamObjectiveFilter = z.enum(TEAM_OBJECTIVE_FILTERS);
export type TeamObjectiveFilter = z.infer<typeof TeamObjectiveFilter>;

export const TEAM_OBJECTIVE_FILTER_LABELS: Record<TeamObjectiveFilter, string> = {
  'no-objective': 'No digital objective yet',
  waiting: 'Waiting for agreement',
  returned: 'Returned for changes',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  'check-in-overdue': 'Check-in overdue',
  completed: 'Outcome recorded',
};

export const TeamObjectivesQuery = PageQuery.extend({
  yearId: z.uuid().optional().describe('Defaults to the open appraisal year'),
  teamManagerId: z.uuid().optional().describe('Only this manager’s reporting line; they must be in mine (HR: anyone’s)'),
  serviceId: z.uuid().optional().describe('HR only: one service of the council'),
  status: TeamObjectiveFilter.optional(),
  q: z.string().trim().max(100).optional().describe('Part of a name'),
});
export type TeamObjectivesQuery = z.infer<typeof TeamObjectivesQuery>;

export const TeamObjectiveSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    kind: ObjectiveKind,
    status: ObjectiveStatus,
    progress: z.number().int(),
    targetDate: IsoDate.nullable(),
    checkInDueOn: IsoDate.nullable().describe('Agreed and in-progress objectives: when the next check-in is due'),
    checkInOverdue: z.boolean(),
    outcome: ObjectiveOutcome.nullable(),
  })
  .meta({ id: 'TeamObjectiveSummary' });
export type TeamObjectiveSummary = z.infer<typeof TeamObjectiveSummary>;

export const TeamObjectiveMember = z
  .object({
    person: PersonRef,
    jobTitle: z.string().nullable(),
    service: Reference.nullable(),
    manager: PersonRef.nullable().describe('Their direct line manager'),
    direct: z.boolean().describe('Reports directly to the one asking'),
    objectives: z.array(TeamObjectiveSummary).describe('The year’s objectives, withdrawn ones left out'),
    flags: z.object({
      noObjective: z.boolean(),
      waiting: z.boolean().describe('An objective waits for agreement'),
      returned: z.boolean(),
      checkInOverdue: z.boolean(),
    }),
  })
  .meta({ id: 'TeamObjectiveMember' });
export type TeamObjectiveMember = z.infer<typeof TeamObjectiveMember>;

const Count = z.number().int();
export const TeamObjectiveCounts = z
  .object({
    everyone: Count,
    'no-objective': Count,
    waiting: Count,
    returned: Count,
    agreed: Count,
    'in-progress': Count,
    'check-in-overdue': Count,
    completed: Count,
  })
  .meta({ id: 'TeamObjectiveCounts' });
export type TeamObjectiveCounts = z.infer<typeof TeamObjectiveCounts>;

export const TeamAuditCompletion = z
  .object({
    campaign: CampaignRef.nullable().describe('The latest skills audit that includes someone in view; null when there is none'),
    members: z.number().int(),
    submitted: z.number().int(),
    inProgress: z.number().int(),
    notStarted: z.number().int(),
  })
  .meta({ id: 'TeamAuditCompletion' });
export type TeamAuditCompletion = z.infer<typeof TeamAuditCompletion>;

export const TeamObjectives = z
  .object({
    year: AppraisalYear.nullable().describe('Null when no year was asked for and none is open'),
    years: z.array(AppraisalYearRef),
    notice: z.string().nullable().describe('Why the list is empty when it is not the team’s doing, in plain English'),
    scope: z.enum(['line', 'council']).describe('line: a reporting line; council: everyone (HR)'),
    teams: z.array(PersonRef).describe('Managers in view whose teams can be chosen'),
    services: z.array(Reference).describe('HR: the services to choose from; empty for others'),
    counts: TeamObjectiveCounts.describe('People matching each filter, with the same team, service and year but no status or search'),
    checkInEveryDays: z.number().int().describe('A check-in is due this long after agreement or the last check-in'),
    auditCompletion: TeamAuditCompletion,
    items: z.array(TeamObjectiveMember),
    total: z.number().int(),
  })
  .meta({ id: 'TeamObjectives' });
export type TeamObjectives = z.infer<typeof TeamObjectives>;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const ObjectivesExportQuery = z.object({
  yearId: z.uuid().optional().describe('Defaults to the open appraisal year'),
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
});
export type ObjectivesExportQuery = z.infer<typeof ObjectivesExportQuery>;

/** The export's columns, in order, as their headings read in the file. */
export const OBJECTIVES_EXPORT_COLUMNS = [
  'Person',
  'Email',
  'Job title',
  'Line manager',
  'Service',
  'Kind',
  'Title',
  'Success measure',
  'Status',
  'Target date',
  'Proposed on',
  'Agreed on',
  'Agreed by',
  'Progress (%)',
  'Last check-in',
  'Outcome',
  'Outcome comment',
] as const;
