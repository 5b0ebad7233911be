import type { CategoryResult } from '../../contracts/skills-audit.js';

/**
 * What a person's latest audit says they can offer and what they need, per framework
 * category (by key, so it holds across framework versions). Champions' strengths and
 * learners' needs for matching and routing both come from here.
 */
export type StrengthLevel = 'capable' | 'confident';
export type NeedKind = 'gap' | 'decay';

export interface SkillProfile {
  strengths: ReadonlyMap<string, StrengthLevel>;
  needs: ReadonlyMap<string, NeedKind>;
}

/** A skill someone once had but has not used lately needs less help than one they never had. */
export const NEED_WEIGHT: Record<NeedKind, number> = { gap: 1, decay: 0.5 };

/** A confident champion covers a need fully; a capable one most of the way. */
export const STRENGTH_WEIGHT: Record<StrengthLevel, number> = { confident: 1, capable: 0.6 };

export function skillProfileFrom(categories: readonly CategoryResult[]): SkillProfile {
  const strengths = new Map<string, StrengthLevel>();
  const needs = new Map<string, NeedKind>();
  for (const category of categories) {
    if (category.level === 'confident' || category.level === 'capable') strengths.set(category.key, category.level);
    if (category.gaps > 0) needs.set(category.key, 'gap');
    else if (category.decays > 0) needs.set(category.key, 'decay');
  }
  return { strengths, needs };
}

export const EMPTY_SKILL_PROFILE: SkillProfile = { strengths: new Map(), needs: new Map() };
