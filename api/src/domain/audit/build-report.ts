import type { LearningResource } from '../../contracts/learning-resources.js';
import type {
  AnswerValue,
  AuditReport,
  CampaignRef,
  GivenAnswer,
  LearningPlanItem,
  ReportStatement,
} from '../../contracts/skills-audit.js';
import type { IndexedFramework } from './framework-index.js';
import { compareLevels, outcomeOf } from './scoring.js';
import type { SubmissionSummary } from './submission-summary.js';

/** Enough to act on without a wall of links. */
export const RESOURCES_PER_ITEM = 3;

export interface ReportInput {
  responseId: string;
  person: { id: string; displayName: string };
  campaign: CampaignRef;
  submittedAt: Date;
  framework: IndexedFramework;
  answers: readonly GivenAnswer[];
  /** Scored at submission, under the council's settings then. */
  summary: SubmissionSummary;
  /** The person's previous submitted audit, if any. */
  previous: { campaign: CampaignRef; submittedAt: Date; summary: SubmissionSummary } | null;
  /** Candidate resources: the report picks from these. */
  resources: readonly LearningResource[];
}

function byTitle(a: LearningResource, b: LearningResource): number {
  return a.title.localeCompare(b.title, 'en-GB') || a.id.localeCompare(b.id);
}

/**
 * Resources for one statement: those made for that very task, or, when there are none,
 * those for its whole category. Archived ones never appear.
 */
export function pickResources(
  statement: { key: string; categoryKey: string },
  resources: readonly LearningResource[],
  limit = RESOURCES_PER_ITEM,
): LearningResource[] {
  const live = resources.filter((resource) => !resource.archived);
  const forTask = live.filter((resource) => resource.statementKeys.includes(statement.key));
  const chosen = forTask.length > 0 ? forTask : live.filter((resource) => resource.categoryKeys.includes(statement.categoryKey));
  return [...chosen].sort(byTitle).slice(0, limit);
}

/** Every answered statement in the framework's order, with what its answer means. */
function reportStatements(framework: IndexedFramework, answers: readonly GivenAnswer[]): ReportStatement[] {
  const given = new Map<string, AnswerValue>(answers.map((answer) => [answer.statementId, answer.answer]));
  return framework.version.categories.flatMap((category) =>
    category.statements.flatMap((statement) => {
      const answer = given.get(statement.id);
      if (!answer) return [];
      return [
        {
          key: statement.key,
          text: statement.text,
          categoryKey: category.key,
          categoryTitle: category.title,
          answer,
          outcome: outcomeOf(answer),
        },
      ];
    }),
  );
}

function learningPlan(gaps: readonly ReportStatement[], decays: readonly ReportStatement[], resources: readonly LearningResource[]): LearningPlanItem[] {
  const item = (statement: ReportStatement, reason: 'gap' | 'decay'): LearningPlanItem => ({
    statementKey: statement.key,
    text: statement.text,
    categoryKey: statement.categoryKey,
    reason,
    resources: pickResources(statement, resources),
  });
  // Gaps first: something a person cannot do matters more than something gone rusty.
  return [...gaps.map((statement) => item(statement, 'gap')), ...decays.map((statement) => item(statement, 'decay'))];
}

function comparison(summary: SubmissionSummary, previous: ReportInput['previous']): AuditReport['previous'] {
  if (!previous) return null;
  // Compared by category key, which stays the same across framework versions.
  const before = new Map(previous.summary.categories.map((category) => [category.key, category.level]));
  return {
    campaign: previous.campaign,
    submittedAt: previous.submittedAt.toISOString(),
    categories: summary.categories.map((category) => {
      const previousLevel = before.get(category.key) ?? null;
      return {
        key: category.key,
        title: category.title,
        previousLevel,
        level: category.level,
        change: compareLevels(previousLevel, category.level),
      };
    }),
  };
}

/** The personal report: what the person sees straight after submitting and later from "My skills". */
export function buildReport(input: ReportInput): AuditReport {
  const statements = reportStatements(input.framework, input.answers);
  const gaps = statements.filter((statement) => statement.outcome === 'gap');
  const decays = statements.filter((statement) => statement.outcome === 'decay');
  return {
    responseId: input.responseId,
    person: input.person,
    campaign: input.campaign,
    frameworkVersion: input.framework.version.version,
    submittedAt: input.submittedAt.toISOString(),
    categories: input.summary.categories,
    strengths: statements.filter((statement) => statement.outcome === 'strength'),
    decays,
    gaps,
    basicSkills: input.summary.basicSkills,
    previous: comparison(input.summary, input.previous),
    learningPlan: learningPlan(gaps, decays, input.resources),
    championCandidate: input.summary.championCandidate,
  };
}

/** The keys a report's learning plan needs resources for. */
export function planKeys(framework: IndexedFramework, answers: readonly GivenAnswer[]): { statementKeys: string[]; categoryKeys: string[] } {
  const statementKeys: string[] = [];
  const categoryKeys = new Set<string>();
  for (const answer of answers) {
    if (outcomeOf(answer.answer) === 'strength') continue;
    const statement = framework.statements.get(answer.statementId);
    if (!statement) continue;
    statementKeys.push(statement.key);
    categoryKeys.add(statement.categoryKey);
  }
  return { statementKeys, categoryKeys: [...categoryKeys] };
}
