import { z } from 'zod';
import { PersonRef } from './champions.js';
import { Reference } from './common.js';
import { AppraisalYearRef } from './objectives.js';

/**
 * Service plans: each service's digital objectives and projects for an appraisal year. The
 * head of the service keeps its plan; the policy team checks that every plan has one.
 */

const IsoDateTime = z.iso.datetime({ offset: true });

export const PLAN_ITEM_KINDS = ['objective', 'project'] as const;
export const PlanItemKind = z.enum(PLAN_ITEM_KINDS);
export type PlanItemKind = z.infer<typeof PlanItemKind>;

export const PLAN_ITEM_KIND_LABELS: Record<PlanItemKind, string> = {
  objective: 'Digital objective',
  project: 'Digital project',
};

export const PLAN_ITEM_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'done'] as const;
export const PlanItemStatus = z.enum(PLAN_ITEM_STATUSES);
export type PlanItemStatus = z.infer<typeof PlanItemStatus>;

export const PLAN_ITEM_STATUS_LABELS: Record<PlanItemStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  done: 'Done',
};

export const SERVICE_PLAN_LIMITS = { summaryMax: 4000, titleMin: 3, titleMax: 200, measureMin: 3, measureMax: 1000 } as const;

/** Reads default to the open appraisal year (or, when none is open, the latest one). */
export const ServicePlanYearQuery = z.object({ yearId: z.uuid().optional().describe('Defaults to the open appraisal year') });
export type ServicePlanYearQuery = z.infer<typeof ServicePlanYearQuery>;

export const ServicePlanParams = z.object({ serviceId: z.uuid() });
export const ServicePlanItemParams = z.object({ serviceId: z.uuid(), itemId: z.uuid() });

export const ServicePlanSummaryBody = z
  .object({
    summary: z.string().trim().max(SERVICE_PLAN_LIMITS.summaryMax).describe('What the service means to achieve digitally this year'),
    yearId: z.uuid().optional().describe('Defaults to the open appraisal year'),
  })
  .meta({ id: 'ServicePlanSummaryBody' });
export type ServicePlanSummaryBody = z.infer<typeof ServicePlanSummaryBody>;

/** One digital objective or project of a plan: who owns it, how it is measured, and how it is going. */
export const ServicePlanItemInput = z
  .object({
    kind: PlanItemKind,
    title: z.string().trim().min(SERVICE_PLAN_LIMITS.titleMin).max(SERVICE_PLAN_LIMITS.titleMax),
    ownerPersonId: z.uuid().describe('An active person in the directory'),
    measure: z.string().trim().min(SERVICE_PLAN_LIMITS.measureMin).max(SERVICE_PLAN_LIMITS.measureMax).describe('How the service will know it worked'),
    status: PlanItemStatus,
    projectId: z.uuid().nullable().default(null).describe('A project in the digital projects register, if it is one'),
  })
  .meta({ id: 'ServicePlanItemInput' });
export type ServicePlanItemInput = z.infer<typeof ServicePlanItemInput>;

export const CreateServicePlanItemBody = ServicePlanItemInput.extend({
  yearId: z.uuid().optional().describe('Defaults to the open appraisal year; the plan is created if it has none yet'),
  position: z.number().int().min(0).optional().describe('Where in the plan, counting from 0; defaults to the end'),
}).meta({ id: 'CreateServicePlanItemBody' });
export type CreateServicePlanItemBody = z.infer<typeof CreateServicePlanItemBody>;

/** Only what is sent changes. `position` moves the item, and the others close up around it. */
export const UpdateServicePlanItemBody = z
  .object({
    kind: PlanItemKind.optional(),
    title: ServicePlanItemInput.shape.title.optional(),
    ownerPersonId: z.uuid().optional(),
    measure: ServicePlanItemInput.shape.measure.optional(),
    status: PlanItemStatus.optional(),
    projectId: z.uuid().nullable().optional(),
    position: z.number().int().min(0).optional(),
  })
  .strict()
  .meta({ id: 'UpdateServicePlanItemBody' });
export type UpdateServicePlanItemBody = z.infer<typeof UpdateServicePlanItemBody>;

export const ServicePlanItem = z
  .object({
    id: z.uuid(),
    kind: PlanItemKind,
    title: z.string(),
    owner: PersonRef.nullable().describe('Null when the owner has since been removed from the directory'),
    measure: z.string(),
    status: PlanItemStatus,
    project: Reference.nullable(),
    position: z.number().int(),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'ServicePlanItem' });
export type ServicePlanItem = z.infer<typeof ServicePlanItem>;

export const ServicePlan = z
  .object({
    service: Reference,
    head: PersonRef.nullable(),
    year: AppraisalYearRef.nullable().describe('Null when the council has no appraisal year yet'),
    years: z.array(AppraisalYearRef).describe('Every appraisal year, newest first, to look at another'),
    summary: z.string(),
    items: z.array(ServicePlanItem),
    complies: z.boolean().describe('Whether the plan has at least one digital objective or project'),
    updatedAt: IsoDateTime.nullable().describe('Null until the plan is first written'),
    updatedBy: PersonRef.nullable(),
    canEdit: z.boolean().describe('Whether the one asking may change it: the head of the service or the policy team, while the year is not closed'),
  })
  .meta({ id: 'ServicePlan' });
export type ServicePlan = z.infer<typeof ServicePlan>;

/** A service's plan at a glance: who heads it, how many items, whether it has a digital objective. */
const ServicePlanGlance = z.object({
  service: Reference,
  head: PersonRef.nullable(),
  itemCount: z.number().int(),
  complies: z.boolean(),
  updatedAt: IsoDateTime.nullable(),
});

export const ServicePlanListItem = ServicePlanGlance.extend({
  headedByMe: z.boolean().describe('Whether the one asking is the head of this service'),
}).meta({ id: 'ServicePlanListItem' });
export type ServicePlanListItem = z.infer<typeof ServicePlanListItem>;

export const ServicePlanList = z
  .object({
    year: AppraisalYearRef.nullable().describe('Null when the council has no appraisal year yet'),
    years: z.array(AppraisalYearRef),
    items: z.array(ServicePlanListItem).describe('Every service: the ones the asker heads first, then by name'),
  })
  .meta({ id: 'ServicePlanList' });
export type ServicePlanList = z.infer<typeof ServicePlanList>;

export const ComplianceService = ServicePlanGlance.extend({
  remindedThisWeek: z.boolean().describe('Whether the head of service has been reminded in the current ISO week'),
}).meta({ id: 'ComplianceService' });
export type ComplianceService = z.infer<typeof ComplianceService>;

export const ComplianceTotals = z
  .object({
    services: z.number().int(),
    withObjective: z.number().int(),
    withoutObjective: z.number().int(),
    percentage: z.number().int().describe('Services with a digital objective, as a whole per cent of all services'),
  })
  .meta({ id: 'ComplianceTotals' });
export type ComplianceTotals = z.infer<typeof ComplianceTotals>;

export const ServicePlanCompliance = z
  .object({
    year: AppraisalYearRef.nullable(),
    years: z.array(AppraisalYearRef),
    week: z.string().describe('The current ISO week, such as 2026-W46: heads of service are reminded at most once in it'),
    totals: ComplianceTotals,
    items: z.array(ComplianceService).describe('Services without a digital objective first, then by name'),
    canRemind: z.boolean().describe('Whether the one asking may send reminders (the policy team)'),
  })
  .meta({ id: 'ServicePlanCompliance' });
export type ServicePlanCompliance = z.infer<typeof ServicePlanCompliance>;

export const SendComplianceRemindersBody = z
  .object({ yearId: z.uuid().optional().describe('Defaults to the open appraisal year') })
  .meta({ id: 'SendComplianceRemindersBody' });
export type SendComplianceRemindersBody = z.infer<typeof SendComplianceRemindersBody>;

export const UNREACHABLE_REASONS = ['no-head', 'no-chat'] as const;
export const UnreachableReason = z
  .enum(UNREACHABLE_REASONS)
  .describe('no-head: the service has no head of service in the directory; no-chat: its head has no chat with the bot');
export type UnreachableReason = z.infer<typeof UnreachableReason>;

export const ComplianceReminderResult = z
  .object({
    week: z.string(),
    sent: z.number().int().describe('Heads of service sent a reminder just now'),
    alreadyReminded: z.number().int().describe('Heads of service already reminded this week, not sent another'),
    notReachable: z.number().int().describe('Services whose head could not be reached'),
    unreachable: z.array(z.object({ service: Reference, head: PersonRef.nullable(), reason: UnreachableReason })),
  })
  .meta({ id: 'ComplianceReminderResult' });
export type ComplianceReminderResult = z.infer<typeof ComplianceReminderResult>;
