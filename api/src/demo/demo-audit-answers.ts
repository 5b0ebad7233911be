import { createHash } from 'node:crypto';
import type { AnswerValue } from '../contracts/skills-audit.js';

/**
 * Believable audit answers for the demo council. The shape follows what UK surveys of
 * digital skills report: confidence falls with age, people who work away from a desk
 * (depots, grounds, refuse rounds) have fewer chances to practise than office staff, and
 * problem solving and creating are the tasks most people find hardest. The same person
 * always gets the same answers, so demos and screenshots agree.
 */

export type AgeBand = '16-24' | '25-34' | '35-44' | '45-54' | '55-64' | '65+';

export interface DemoRespondent {
  email: string;
  jobTitle: string | null;
  serviceName: string | null;
}

export interface DemoStatement {
  key: string;
  categoryKey: string;
  context: 'life' | 'work';
}

const FRONTLINE = /operative|driver|cleansing|grounds|refuse|support worker/i;
const DIGITAL_ROLES = /it support|systems|developer|analyst|digital|web|content|designer/i;

/** A stable number in [0, 1) from text, standing in for everything we cannot know about a person. */
function unit(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 4_294_967_296;
}

/** Local government's workforce is older than the population: most staff are 35–64. */
export function ageBandOf(email: string): AgeBand {
  const roll = unit(`age:${email}`);
  if (roll < 0.05) return '16-24';
  if (roll < 0.2) return '25-34';
  if (roll < 0.42) return '35-44';
  if (roll < 0.7) return '45-54';
  if (roll < 0.95) return '55-64';
  return '65+';
}

const AGE_EFFECT: Record<AgeBand, number> = { '16-24': 0.12, '25-34': 0.1, '35-44': 0.05, '45-54': 0, '55-64': -0.1, '65+': -0.18 };

/** How hard most people find a category's tasks (0 easy … 0.3 hard). */
const CATEGORY_DIFFICULTY: Record<string, number> = {
  foundation: 0,
  communicating: 0,
  'managing-information': 0.03,
  transacting: 0.08,
  'safe-and-legal': 0.12,
  'digital-at-work': 0.12,
  'problem-solving': 0.2,
  creating: 0.28,
};

/** A person's overall confidence, between about 0.2 and 0.95. */
export function confidenceOf(person: DemoRespondent): number {
  const title = person.jobTitle ?? '';
  const role = FRONTLINE.test(title) ? 0.45 : DIGITAL_ROLES.test(title) || person.serviceName === 'IT & Digital' ? 0.85 : 0.7;
  const personal = (unit(`confidence:${person.email}`) - 0.5) * 0.3;
  return Math.min(0.95, Math.max(0.2, role + AGE_EFFECT[ageBandOf(person.email)] + personal));
}

/**
 * One person's answers. `practice` nudges everyone (the current campaign answers a little
 * better than last year's, after a year of the programme).
 */
export function demoAnswers(person: DemoRespondent, statements: readonly DemoStatement[], campaignSeed: string, practice = 0): Map<string, AnswerValue> {
  const confidence = confidenceOf(person);
  const frontline = FRONTLINE.test(person.jobTitle ?? '');
  const answers = new Map<string, AnswerValue>();
  for (const statement of statements) {
    const roll = (what: string) => unit(`${what}:${campaignSeed}:${person.email}:${statement.key}`);
    const difficulty = CATEGORY_DIFFICULTY[statement.categoryKey] ?? 0.1;
    const workPenalty = frontline && statement.context === 'work' ? 0.15 : 0;
    const canDo = roll('can') < confidence + practice - difficulty - workPenalty + 0.25;
    if (canDo) {
      // Decay: office staff use work tools daily; life tasks and frontline work tools fade.
      const recent = confidence - (statement.context === 'work' && frontline ? 0.25 : 0) + (statement.context === 'work' ? 0.1 : 0);
      answers.set(statement.key, roll('recent') < recent ? 'done-recently' : 'could');
    } else {
      answers.set(statement.key, roll('which') < 0.35 + difficulty ? 'no-idea' : 'could-not');
    }
  }
  return answers;
}

/** Roughly two-thirds finish; a few more are part-way through. Less confident people finish less often. */
export function demoCompletion(person: DemoRespondent, campaignSeed: string, finishRate: number): 'submitted' | 'draft' | 'not-started' {
  const roll = unit(`finish:${campaignSeed}:${person.email}`);
  const adjusted = finishRate + (confidenceOf(person) - 0.65) * 0.3;
  if (roll < adjusted) return 'submitted';
  if (roll < adjusted + 0.08) return 'draft';
  return 'not-started';
}
