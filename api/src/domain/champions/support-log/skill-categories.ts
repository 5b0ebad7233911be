import type { FrameworkRepository } from '../../audit/framework-repository.js';
import type { FieldError } from '../../shared/app-error.js';
import { pathName } from '../../shared/zod-field-errors.js';

/**
 * Support sessions and drop-ins name the skills they cover by category key of the current
 * framework: keys outlive framework versions, and categories are what people recognise.
 */

export interface SkillCategory {
  key: string;
  title: string;
}

export async function currentCategories(frameworks: Pick<FrameworkRepository, 'current'>): Promise<SkillCategory[]> {
  const framework = await frameworks.current();
  return framework?.categories.map((category) => ({ key: category.key, title: category.title })) ?? [];
}

/** One error per key the current framework does not have, named `body.<field>[index]`. */
export function unknownCategoryErrors(keys: readonly string[], categories: readonly SkillCategory[], field: string): FieldError[] {
  const known = new Set(categories.map((category) => category.key));
  return keys.flatMap((key, index) =>
    known.has(key) ? [] : [{ field: pathName('body', [field, index]), message: `"${key}" is not a skill category in the current framework` }],
  );
}

/** Titles for display; a key from a retired category is shown as it is rather than dropped. */
export function categoryTitles(keys: readonly string[], categories: readonly SkillCategory[]): SkillCategory[] {
  const titles = new Map(categories.map((category) => [category.key, category.title]));
  return keys.map((key) => ({ key, title: titles.get(key) ?? key }));
}
