import { GuideInput } from '../../../contracts/guides.js';
import type { FrameworkVersion } from '../../../contracts/skills-framework.js';
import { AppError, type FieldError } from '../../shared/app-error.js';
import { pathName, plainMessage } from '../../shared/zod-field-errors.js';
import type { GuideDeps } from './guide-deps.js';
import type { SkillKeys } from './guide-repository.js';

/** Linking guides to the framework: checking the keys an author chose, and widening a search by category. */

function unknownKeys(keys: readonly string[], known: Set<string>, field: string, what: string): FieldError[] {
  return keys.flatMap((key, index) =>
    known.has(key) ? [] : [{ field: pathName('body', [field, index]), message: `"${key}" is not ${what} in the current framework` }],
  );
}

/** The body in full: its shape, then that every skill it links to exists in the current framework. One 422 names every field. */
export async function checkGuideInput(deps: Pick<GuideDeps, 'frameworks'>, body: unknown): Promise<GuideInput> {
  const parsed = GuideInput.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    throw AppError.validation(parsed.error.issues.map((issue) => ({ field: pathName('body', issue.path), message: plainMessage(issue) })));
  }
  const input = {
    ...parsed.data,
    categoryKeys: [...new Set(parsed.data.categoryKeys)],
    statementKeys: [...new Set(parsed.data.statementKeys)],
  };
  const framework = await deps.frameworks.current();
  const categoryKeys = new Set(framework?.categories.map((category) => category.key));
  const statementKeys = new Set(framework?.categories.flatMap((category) => category.statements.map((statement) => statement.key)));
  const errors = [
    ...unknownKeys(input.categoryKeys, categoryKeys, 'categoryKeys', 'a category'),
    ...unknownKeys(input.statementKeys, statementKeys, 'statementKeys', 'a statement'),
  ];
  if (errors.length > 0) throw AppError.validation(errors);
  return input;
}

/**
 * A guide about one task in a category helps with that category too, so asking for a
 * category finds guides linked to it or to any of its statements; asking for a statement
 * finds guides linked to it or to its whole category.
 */
export function widenSkills(framework: FrameworkVersion | undefined, asked: SkillKeys): SkillKeys {
  const categoryKeys = new Set(asked.categoryKeys);
  const statementKeys = new Set(asked.statementKeys);
  for (const category of framework?.categories ?? []) {
    const statements = category.statements.map((statement) => statement.key);
    if (asked.categoryKeys.includes(category.key)) for (const key of statements) statementKeys.add(key);
    if (statements.some((key) => asked.statementKeys.includes(key))) categoryKeys.add(category.key);
  }
  return { categoryKeys: [...categoryKeys], statementKeys: [...statementKeys] };
}
