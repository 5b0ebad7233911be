import { z } from 'zod';
import { FrameworkCategory } from './skills-framework.js';
import { LearningResource } from './learning-resources.js';

/** Taking the audit, and the personal report it produces. */

export const ANSWER_VALUES = ['no-idea', 'could-not', 'could', 'done-recently'] as const;
export const AnswerValue = z.enum(ANSWER_VALUES);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** The seed assessment's own words for each answer, used by the tab and the bot alike. */
export const ANSWER_LABELS: Record<AnswerValue, string> = {
  'no-idea': 'I have no idea what you’re talking about',
  'could-not': 'I couldn’t do this if I was asked to',
  could: 'I could do this if I was asked to',
  'done-recently': 'I have done this in the last 3 months',
};

export const LEVELS = ['not-yet', 'developing', 'capable', 'confident'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const LEVEL_LABELS: Record<Level, string> = {
  'not-yet': 'Not yet',
  developing: 'Developing',
  capable: 'Capable',
  confident: 'Confident',
};

export const BasicSkillsRule = z
  .enum(['at-least-one', 'every-task'])
  .describe('at-least-one: one task "could" or "done" in every basic category; every-task: all of them');
export type BasicSkillsRule = z.infer<typeof BasicSkillsRule>;

export const Channel = z.enum(['tab', 'bot']);
export type Channel = z.infer<typeof Channel>;

export const CampaignRef = z
  .object({ id: z.uuid(), name: z.string(), opensOn: z.iso.date(), closesOn: z.iso.date() })
  .meta({ id: 'CampaignRef' });
export type CampaignRef = z.infer<typeof CampaignRef>;

export const GivenAnswer = z.object({ statementId: z.uuid(), answer: AnswerValue }).meta({ id: 'GivenAnswer' });
export type GivenAnswer = z.infer<typeof GivenAnswer>;

/**
 * A person's audit in the open campaign: the questions (of the campaign's framework
 * version), what they have answered so far and where they stopped, whichever of the tab
 * or the bot they used. `campaign` is null when no campaign is open for them.
 */
export const MyAudit = z
  .object({
    campaign: CampaignRef.nullable(),
    status: z.enum(['not-started', 'draft', 'submitted']),
    responseId: z.uuid().nullable(),
    frameworkVersion: z.number().int().nullable(),
    categories: z.array(FrameworkCategory),
    answers: z.array(GivenAnswer),
    answered: z.number().int(),
    total: z.number().int(),
    resumeCategoryKey: z.string().nullable().describe('The first category with an unanswered statement'),
    lastChannel: Channel.nullable(),
    submittedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'MyAudit' });
export type MyAudit = z.infer<typeof MyAudit>;

export const SaveAnswersBody = z
  .object({
    campaignId: z.uuid(),
    categoryKey: z.string().optional().describe('The page the answers came from, remembered for resuming'),
    answers: z.array(z.object({ statementId: z.uuid(), answer: z.string() })).max(500),
  })
  .meta({ id: 'SaveAnswersBody' });
export type SaveAnswersBody = z.infer<typeof SaveAnswersBody>;

export const SubmitAuditBody = SaveAnswersBody.partial({ answers: true }).meta({ id: 'SubmitAuditBody' });
export type SubmitAuditBody = z.infer<typeof SubmitAuditBody>;

export const StatementOutcome = z.enum(['strength', 'decay', 'gap']);
export type StatementOutcome = z.infer<typeof StatementOutcome>;

export const ReportStatement = z
  .object({
    key: z.string(),
    text: z.string(),
    categoryKey: z.string(),
    categoryTitle: z.string(),
    answer: AnswerValue,
    outcome: StatementOutcome,
  })
  .meta({ id: 'ReportStatement' });
export type ReportStatement = z.infer<typeof ReportStatement>;

export const CategoryResult = z
  .object({
    key: z.string(),
    title: z.string(),
    basic: z.boolean(),
    level: Level,
    statements: z.number().int(),
    strengths: z.number().int(),
    decays: z.number().int(),
    gaps: z.number().int(),
  })
  .meta({ id: 'CategoryResult' });
export type CategoryResult = z.infer<typeof CategoryResult>;

export const CategoryChange = z
  .object({
    key: z.string(),
    title: z.string(),
    previousLevel: Level.nullable().describe('null when the category was not in the previous audit'),
    level: Level,
    change: z.enum(['up', 'down', 'same', 'new']),
  })
  .meta({ id: 'CategoryChange' });

export const LearningPlanItem = z
  .object({
    statementKey: z.string(),
    text: z.string(),
    categoryKey: z.string(),
    reason: z.enum(['gap', 'decay']),
    resources: z.array(LearningResource),
  })
  .meta({ id: 'LearningPlanItem' });
export type LearningPlanItem = z.infer<typeof LearningPlanItem>;

export const AuditReport = z
  .object({
    responseId: z.uuid(),
    person: z.object({ id: z.uuid(), displayName: z.string() }),
    campaign: CampaignRef,
    frameworkVersion: z.number().int(),
    submittedAt: z.iso.datetime({ offset: true }),
    categories: z.array(CategoryResult),
    strengths: z.array(ReportStatement),
    decays: z.array(ReportStatement),
    gaps: z.array(ReportStatement),
    basicSkills: z.object({
      met: z.boolean(),
      rule: BasicSkillsRule,
      missingCategories: z.array(z.object({ key: z.string(), title: z.string() })),
    }),
    previous: z
      .object({ campaign: CampaignRef, submittedAt: z.iso.datetime({ offset: true }), categories: z.array(CategoryChange) })
      .nullable(),
    learningPlan: z.array(LearningPlanItem),
    championCandidate: z.boolean(),
  })
  .meta({ id: 'AuditReport' });
export type AuditReport = z.infer<typeof AuditReport>;

export const ReportSummary = z
  .object({
    responseId: z.uuid(),
    campaign: CampaignRef,
    submittedAt: z.iso.datetime({ offset: true }),
    basicSkillsMet: z.boolean(),
    levels: z.array(z.object({ key: z.string(), title: z.string(), level: Level })),
  })
  .meta({ id: 'ReportSummary' });
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportList = z.object({ items: z.array(ReportSummary) }).meta({ id: 'ReportList' });
export type ReportList = z.infer<typeof ReportList>;

export const ResponseIdParams = z.object({ responseId: z.uuid() });

/** The council's choices about the audit; HR and administrators change them. */
export const AuditSettings = z
  .object({
    managersSeeLevels: z.boolean().describe('Line managers see their reporting line’s levels per category, not only who has finished'),
    basicSkillsRule: BasicSkillsRule,
    championCandidateMinConfident: z
      .number()
      .int()
      .min(1)
      .max(20)
      .describe('Categories at "Confident" (every task done recently), with none below "Capable", that make a champion candidate'),
  })
  .meta({ id: 'AuditSettings' });
export type AuditSettings = z.infer<typeof AuditSettings>;

export const DEFAULT_AUDIT_SETTINGS: AuditSettings = {
  managersSeeLevels: false,
  basicSkillsRule: 'at-least-one',
  championCandidateMinConfident: 6,
};

/** A manager's view of their reporting line in one campaign. */
export const TeamAuditMember = z
  .object({
    person: z.object({ id: z.uuid(), displayName: z.string(), jobTitle: z.string().nullable() }),
    direct: z.boolean(),
    status: z.enum(['not-started', 'draft', 'submitted']),
    submittedAt: z.iso.datetime({ offset: true }).nullable(),
    levels: z
      .array(z.object({ key: z.string(), title: z.string(), level: Level }))
      .nullable()
      .describe('Only when the council lets managers see levels, or for HR'),
    basicSkillsMet: z.boolean().nullable(),
  })
  .meta({ id: 'TeamAuditMember' });
export type TeamAuditMember = z.infer<typeof TeamAuditMember>;

export const TeamAudit = z
  .object({
    campaign: CampaignRef.nullable(),
    levelsVisible: z.boolean(),
    completion: z.object({ members: z.number().int(), submitted: z.number().int(), inProgress: z.number().int(), notStarted: z.number().int() }),
    members: z.array(TeamAuditMember),
  })
  .meta({ id: 'TeamAudit' });
export type TeamAudit = z.infer<typeof TeamAudit>;

export const TeamAuditQuery = z.object({ campaignId: z.uuid().optional() });

export const ChampionCandidate = z
  .object({
    person: z.object({ id: z.uuid(), displayName: z.string(), jobTitle: z.string().nullable(), service: z.string().nullable() }),
    campaign: CampaignRef,
    confidentCategories: z.array(z.string()),
    submittedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ChampionCandidate' });
export type ChampionCandidate = z.infer<typeof ChampionCandidate>;

export const ChampionCandidateList = z.object({ items: z.array(ChampionCandidate), total: z.number().int() }).meta({ id: 'ChampionCandidateList' });
