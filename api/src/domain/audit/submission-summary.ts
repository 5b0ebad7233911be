import { z } from 'zod';
import { BasicSkillsRule, CategoryResult, type AnswerValue, type AuditSettings } from '../../contracts/skills-audit.js';
import type { FrameworkVersion } from '../../contracts/skills-framework.js';
import { basicSkillsShortfall, isChampionCandidate, scoreCategory, type ScoredCategory } from './scoring.js';

/**
 * What a submission is scored as, stored with the response (`audit_responses.summary`)
 * so that reports, team views and candidate lists never re-score, and always show the
 * result under the rules the council had when the person submitted.
 */
export const SubmissionSummary = z.object({
  categories: z.array(CategoryResult),
  basicSkills: z.object({
    met: z.boolean(),
    rule: BasicSkillsRule,
    missingCategories: z.array(z.object({ key: z.string(), title: z.string() })),
  }),
  championCandidate: z.boolean(),
  championCandidateMinConfident: z.number().int(),
  confidentCategories: z.array(z.string()),
});
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

/** Scores a complete set of answers against the version they were given to. */
export function summariseSubmission(
  framework: Pick<FrameworkVersion, 'categories'>,
  answers: ReadonlyMap<string, AnswerValue>,
  settings: Pick<AuditSettings, 'basicSkillsRule' | 'championCandidateMinConfident'>,
): SubmissionSummary {
  const scored: ScoredCategory[] = framework.categories.map((category) => ({
    key: category.key,
    title: category.title,
    basic: category.basic,
    answers: category.statements.flatMap((statement) => {
      const answer = answers.get(statement.id);
      return answer ? [answer] : [];
    }),
  }));
  const categories = scored.map(scoreCategory);
  const missing = basicSkillsShortfall(scored, settings.basicSkillsRule);
  return {
    categories,
    basicSkills: {
      met: missing.length === 0,
      rule: settings.basicSkillsRule,
      missingCategories: missing.map((category) => ({ key: category.key, title: category.title })),
    },
    championCandidate: isChampionCandidate(
      categories.map((category) => category.level),
      settings.championCandidateMinConfident,
    ),
    championCandidateMinConfident: settings.championCandidateMinConfident,
    confidentCategories: categories.filter((category) => category.level === 'confident').map((category) => category.key),
  };
}
