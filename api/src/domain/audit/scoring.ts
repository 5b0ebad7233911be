import type { AnswerValue, BasicSkillsRule, CategoryResult, Level, StatementOutcome } from '../../contracts/skills-audit.js';

/**
 * The audit's scoring rules, from the seed assessment: "no idea" and "couldn't" are gaps,
 * "could, but not done in the last 3 months" is learning decay, and "done recently" is a
 * strength. A category's level follows from its answers alone.
 */

export function outcomeOf(answer: AnswerValue): StatementOutcome {
  if (answer === 'done-recently') return 'strength';
  if (answer === 'could') return 'decay';
  return 'gap';
}

/** Can the person do the task (whether or not they have done it lately)? */
export function canDo(answer: AnswerValue): boolean {
  return answer === 'could' || answer === 'done-recently';
}

/**
 * Not yet: no task they can do. Developing: some. Capable: every task at least "could".
 * Confident: every task done recently.
 */
export function levelOf(answers: readonly AnswerValue[]): Level {
  if (answers.length > 0 && answers.every((answer) => answer === 'done-recently')) return 'confident';
  if (answers.length > 0 && answers.every(canDo)) return 'capable';
  if (answers.some(canDo)) return 'developing';
  return 'not-yet';
}

export interface ScoredCategory {
  key: string;
  title: string;
  basic: boolean;
  answers: readonly AnswerValue[];
}

export function scoreCategory(category: ScoredCategory): CategoryResult {
  const outcomes = category.answers.map(outcomeOf);
  return {
    key: category.key,
    title: category.title,
    basic: category.basic,
    level: levelOf(category.answers),
    statements: category.answers.length,
    strengths: outcomes.filter((outcome) => outcome === 'strength').length,
    decays: outcomes.filter((outcome) => outcome === 'decay').length,
    gaps: outcomes.filter((outcome) => outcome === 'gap').length,
  };
}

/** The basic categories a person falls short in, under the council's rule. */
export function basicSkillsShortfall(categories: readonly ScoredCategory[], rule: BasicSkillsRule): ScoredCategory[] {
  return categories
    .filter((category) => category.basic)
    .filter((category) => (rule === 'every-task' ? !category.answers.every(canDo) : !category.answers.some(canDo)));
}

export function hasBasicDigitalSkills(categories: readonly ScoredCategory[], rule: BasicSkillsRule): boolean {
  return basicSkillsShortfall(categories, rule).length === 0;
}

const LEVEL_RANK: Record<Level, number> = { 'not-yet': 0, developing: 1, capable: 2, confident: 3 };

export function compareLevels(previous: Level | null, current: Level): 'up' | 'down' | 'same' | 'new' {
  if (previous === null) return 'new';
  const difference = LEVEL_RANK[current] - LEVEL_RANK[previous];
  return difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
}

/**
 * Strong, current skills: at least `minConfident` categories where every task was done
 * recently, and no category below Capable (nothing they cannot do).
 */
export function isChampionCandidate(levels: readonly Level[], minConfident: number): boolean {
  const confident = levels.filter((level) => level === 'confident').length;
  return confident >= Math.min(minConfident, levels.length) && levels.every((level) => LEVEL_RANK[level] >= LEVEL_RANK.capable);
}
