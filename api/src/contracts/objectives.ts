import { z } from 'zod';
import { PersonRef } from './champions.js';
import { Reference } from './common.js';

/** Appraisal years and the digital objectives agreed in them. */

const IsoDate = z.iso.date();
const IsoDateTime = z.iso.datetime({ offset: true });

export const APPRAISAL_YEAR_STATUSES = ['planned', 'open', 'closed'] as const;
export const AppraisalYearStatus = z.enum(APPRAISAL_YEAR_STATUSES);
export type AppraisalYearStatus = z.infer<typeof AppraisalYearStatus>;

export const AppraisalYear = z
  .object({
    id: z.uuid(),
    label: z.string().describe('For example "2026/27"'),
    startsOn: IsoDate,
    endsOn: IsoDate,
    agreeBy: IsoDate.describe('By this date everyone should have an agreed digital objective'),
    status: AppraisalYearStatus,
  })
  .meta({ id: 'AppraisalYear' });
export type AppraisalYear = z.infer<typeof AppraisalYear>;

export const AppraisalYearRef = AppraisalYear.pick({ id: true, label: true, status: true }).meta({ id: 'AppraisalYearRef' });
export type AppraisalYearRef = z.infer<typeof AppraisalYearRef>;

export const CreateAppraisalYearBody = z
  .object({
    startYear: z.number().int().min(2000).max(2100).describe('The calendar year it starts in; the start month comes from the settings'),
    agreeBy: IsoDate.optional().describe('Defaults to the end of the third month'),
  })
  .meta({ id: 'CreateAppraisalYearBody' });
export type CreateAppraisalYearBody = z.infer<typeof CreateAppraisalYearBody>;

export const UpdateAppraisalYearBody = z
  .object({ agreeBy: IsoDate.optional(), status: AppraisalYearStatus.optional().describe('planned → open → closed; a closed year can be reopened') })
  .meta({ id: 'UpdateAppraisalYearBody' });
export type UpdateAppraisalYearBody = z.infer<typeof UpdateAppraisalYearBody>;

export const AppraisalYearList = z.object({ items: z.array(AppraisalYear) }).meta({ id: 'AppraisalYearList' });
export type AppraisalYearList = z.infer<typeof AppraisalYearList>;
export const AppraisalYearIdParams = z.object({ yearId: z.uuid() });

/** The council's appraisal calendar and how often the bot nudges people. */
export const ObjectiveSettings = z
  .object({
    yearStartMonth: z.number().int().min(1).max(12).describe('1 is January; UK councils often start in April (4)'),
    checkInEveryDays: z.number().int().min(14).max(365).describe('A check-in is due this long after agreement or the last check-in'),
    agreeByReminderDays: z.number().int().min(1).max(90).describe('Remind people with no agreed objective this many days before the agree-by date'),
    waitingReminderDays: z.number().int().min(1).max(30).describe('Remind a manager when an objective has waited this long for them'),
  })
  .meta({ id: 'ObjectiveSettings' });
export type ObjectiveSettings = z.infer<typeof ObjectiveSettings>;

export const DEFAULT_OBJECTIVE_SETTINGS: ObjectiveSettings = {
  yearStartMonth: 4,
  checkInEveryDays: 90,
  agreeByReminderDays: 14,
  waitingReminderDays: 3,
};

export const OBJECTIVE_KINDS = ['skill', 'support', 'project'] as const;
export const ObjectiveKind = z.enum(OBJECTIVE_KINDS);
export type ObjectiveKind = z.infer<typeof ObjectiveKind>;

/** The three kinds of digital objective the council's digital strategy names. */
export const OBJECTIVE_KIND_LABELS: Record<ObjectiveKind, string> = {
  skill: 'Develop a digital capability or skill',
  support: 'Support someone else to become proficient',
  project: 'Take part in a digital project',
};

export const OBJECTIVE_STATUSES = ['draft', 'proposed', 'returned', 'agreed', 'in-progress', 'completed', 'withdrawn'] as const;
export const ObjectiveStatus = z.enum(OBJECTIVE_STATUSES);
export type ObjectiveStatus = z.infer<typeof ObjectiveStatus>;

export const OBJECTIVE_STATUS_LABELS: Record<ObjectiveStatus, string> = {
  draft: 'Draft',
  proposed: 'Waiting for agreement',
  returned: 'Returned for changes',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  completed: 'Outcome recorded',
  withdrawn: 'Withdrawn',
};

export const OBJECTIVE_OUTCOMES = ['achieved', 'partly', 'not-achieved'] as const;
export const ObjectiveOutcome = z.enum(OBJECTIVE_OUTCOMES);
export type ObjectiveOutcome = z.infer<typeof ObjectiveOutcome>;

export const OBJECTIVE_OUTCOME_LABELS: Record<ObjectiveOutcome, string> = {
  achieved: 'Achieved',
  partly: 'Partly achieved',
  'not-achieved': 'Not achieved',
};

/** What a person may do with an objective, worked out by the domain for the one asking. */
export const OBJECTIVE_ACTIONS = ['edit', 'propose', 'withdraw', 'agree', 'return', 'check-in', 'record-outcome'] as const;
export const ObjectiveAction = z.enum(OBJECTIVE_ACTIONS);
export type ObjectiveAction = z.infer<typeof ObjectiveAction>;

/**
 * What the person writes. The link that matters depends on the kind: skills for `skill`;
 * a person or the champion role for `support`; a register project for `project`. The
 * domain checks the links exist and names the field when they do not.
 */
export const ObjectiveInput = z
  .object({
    kind: ObjectiveKind,
    title: z.string().trim().min(5).max(200),
    successMeasure: z.string().trim().min(5).max(1000).describe('What success looks like'),
    targetDate: IsoDate.describe('Within the appraisal year'),
    categoryKeys: z.array(z.string().min(1).max(80)).max(8).default([]).describe('kind = skill: framework categories, by key'),
    supportedPersonId: z.uuid().nullable().default(null).describe('kind = support: the colleague to help'),
    supportsAsChampion: z.boolean().default(false).describe('kind = support: by being a Digital Champion'),
    projectId: z.uuid().nullable().default(null).describe('kind = project: a project in the register'),
  })
  .meta({ id: 'ObjectiveInput' });
export type ObjectiveInput = z.infer<typeof ObjectiveInput>;

export const CreateObjectiveBody = ObjectiveInput.extend({
  yearId: z.uuid().optional().describe('Defaults to the open appraisal year'),
}).meta({ id: 'CreateObjectiveBody' });
export type CreateObjectiveBody = z.infer<typeof CreateObjectiveBody>;

/** "Make this my objective" from a gap or decay in the person's latest audit report. */
export const ObjectiveFromReportBody = z
  .object({ statementKey: z.string().min(1).max(120), reason: z.enum(['gap', 'decay']) })
  .meta({ id: 'ObjectiveFromReportBody' });
export type ObjectiveFromReportBody = z.infer<typeof ObjectiveFromReportBody>;

export const AgreeObjectiveBody = z.object({ comment: z.string().trim().max(1000).optional() }).meta({ id: 'AgreeObjectiveBody' });
export const ReturnObjectiveBody = z
  .object({ comment: z.string().trim().min(3).max(1000).describe('What to change; the person sees it') })
  .meta({ id: 'ReturnObjectiveBody' });
export const WithdrawObjectiveBody = z.object({ comment: z.string().trim().max(1000).optional() }).meta({ id: 'WithdrawObjectiveBody' });
export const CheckInBody = z
  .object({ note: z.string().trim().min(3).max(2000), progress: z.number().int().min(0).max(100).describe('Per cent complete') })
  .meta({ id: 'CheckInBody' });
export type CheckInBody = z.infer<typeof CheckInBody>;
export const OutcomeBody = z
  .object({ outcome: ObjectiveOutcome, comment: z.string().trim().min(3).max(2000).describe('The manager’s comment') })
  .meta({ id: 'OutcomeBody' });
export type OutcomeBody = z.infer<typeof OutcomeBody>;

export const ObjectiveCheckIn = z
  .object({ id: z.uuid(), note: z.string(), progress: z.number().int(), by: PersonRef.nullable(), at: IsoDateTime })
  .meta({ id: 'ObjectiveCheckIn' });
export type ObjectiveCheckIn = z.infer<typeof ObjectiveCheckIn>;

export const ObjectiveEvent = z
  .object({ fromStatus: ObjectiveStatus.nullable(), toStatus: ObjectiveStatus, by: PersonRef.nullable(), comment: z.string().nullable(), at: IsoDateTime })
  .meta({ id: 'ObjectiveEvent' });
export type ObjectiveEvent = z.infer<typeof ObjectiveEvent>;

export const Objective = z
  .object({
    id: z.uuid(),
    person: PersonRef,
    year: AppraisalYearRef,
    kind: ObjectiveKind,
    title: z.string(),
    successMeasure: z.string(),
    targetDate: IsoDate.nullable(),
    status: ObjectiveStatus,
    skills: z.array(z.object({ key: z.string(), title: z.string() })),
    fromStatement: z.object({ key: z.string(), text: z.string(), reason: z.enum(['gap', 'decay']) }).nullable(),
    supportedPerson: PersonRef.nullable(),
    supportsAsChampion: z.boolean(),
    project: Reference.nullable(),
    progress: z.number().int(),
    lastCheckInAt: IsoDateTime.nullable(),
    checkInDueOn: IsoDate.nullable().describe('When the next check-in is due (agreed and in-progress objectives)'),
    returnComment: z.string().nullable(),
    outcome: ObjectiveOutcome.nullable(),
    outcomeComment: z.string().nullable(),
    agreedBy: PersonRef.nullable(),
    agreedAt: IsoDateTime.nullable(),
    proposedAt: IsoDateTime.nullable(),
    completedAt: IsoDateTime.nullable(),
    updatedAt: IsoDateTime,
    nextStep: z.string().describe('In plain English, for the one asking'),
    actions: z.array(ObjectiveAction).describe('What the one asking may do now'),
  })
  .meta({ id: 'Objective' });
export type Objective = z.infer<typeof Objective>;

export const ObjectiveDetail = Objective.extend({
  checkIns: z.array(ObjectiveCheckIn),
  history: z.array(ObjectiveEvent),
}).meta({ id: 'ObjectiveDetail' });
export type ObjectiveDetail = z.infer<typeof ObjectiveDetail>;

export const MyObjectivesQuery = z.object({ yearId: z.uuid().optional() });
export const MyObjectives = z
  .object({ year: AppraisalYear.nullable(), years: z.array(AppraisalYearRef), items: z.array(Objective) })
  .meta({ id: 'MyObjectives' });
export type MyObjectives = z.infer<typeof MyObjectives>;

export const ObjectiveIdParams = z.object({ objectiveId: z.uuid() });
