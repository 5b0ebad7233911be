import {
  LearningResourceInput,
  type LearningResource,
  type LearningResourcePage,
  type LearningResourceQuery,
} from '../../contracts/learning-resources.js';
import type { FrameworkVersion } from '../../contracts/skills-framework.js';
import { hasAnyRole, type Actor } from '../shared/actor.js';
import { AppError, type FieldError } from '../shared/app-error.js';
import type { AppRole } from '../shared/roles.js';
import { DEFAULT_LEARNING_RESOURCES } from './default-learning-resources.js';
import { pathName, plainMessage } from '../shared/zod-field-errors.js';
import type { FrameworkRepository } from './framework-repository.js';
import type { LearningResourceRepository } from './learning-resource-repository.js';

/** The resource library: anyone signed in reads it; the digital team and HR keep it. */

export interface LearningResourceDeps {
  resources: LearningResourceRepository;
  frameworks: Pick<FrameworkRepository, 'current'>;
}

const EDITORS: readonly AppRole[] = ['digital', 'hr'];

function requireEditor(actor: Actor, action: string): void {
  if (!hasAnyRole(actor, EDITORS)) throw AppError.forbidden(`Only the digital team and HR can ${action}.`);
}

export const LEARNING_RESOURCES_SEEDED = 'learning-resources-seeded';

/** Adds the shipped library on a council's first start, and never again. */
export function seedDefaultLearningResources(resources: Pick<LearningResourceRepository, 'seedOnce'>): Promise<{ seeded: boolean }> {
  return resources.seedOnce(LEARNING_RESOURCES_SEEDED, DEFAULT_LEARNING_RESOURCES);
}

export function listLearningResources(deps: LearningResourceDeps, actor: Actor, query: LearningResourceQuery): Promise<LearningResourcePage> {
  return deps.resources.search({
    text: query.q || undefined,
    statementKey: query.statementKey,
    categoryKey: query.categoryKey,
    // Archived entries are the editors' business; everyone else sees what is offered now.
    includeArchived: query.includeArchived && hasAnyRole(actor, EDITORS),
    limit: query.limit,
    offset: query.offset,
  });
}

function unknownKeys(keys: readonly string[], known: Set<string>, field: string, what: string): FieldError[] {
  return keys.flatMap((key, index) =>
    known.has(key) ? [] : [{ field: pathName('body', [field, index]), message: `"${key}" is not ${what} in the current framework` }],
  );
}

/** Checks the body in full: its shape, then that every key it links to exists in the current framework. */
async function checkInput(deps: LearningResourceDeps, body: unknown): Promise<LearningResourceInput> {
  const parsed = LearningResourceInput.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    throw AppError.validation(
      parsed.error.issues.map((issue) => ({
        field: pathName('body', issue.path),
        message: issue.path[0] === 'url' && issue.code === 'invalid_format' ? 'must be a full web address, such as https://www.example.org' : plainMessage(issue),
      })),
    );
  }
  const input = {
    ...parsed.data,
    statementKeys: [...new Set(parsed.data.statementKeys)],
    categoryKeys: [...new Set(parsed.data.categoryKeys)],
  };
  const framework: FrameworkVersion | undefined = await deps.frameworks.current();
  const statementKeys = new Set(framework?.categories.flatMap((category) => category.statements.map((statement) => statement.key)));
  const categoryKeys = new Set(framework?.categories.map((category) => category.key));
  const errors = [
    ...unknownKeys(input.statementKeys, statementKeys, 'statementKeys', 'a statement'),
    ...unknownKeys(input.categoryKeys, categoryKeys, 'categoryKeys', 'a category'),
  ];
  if (errors.length > 0) throw AppError.validation(errors);
  return input;
}

export async function createLearningResource(deps: LearningResourceDeps, actor: Actor, body: unknown): Promise<LearningResource> {
  requireEditor(actor, 'add learning resources');
  return deps.resources.create(await checkInput(deps, body), actor.personId);
}

export async function updateLearningResource(deps: LearningResourceDeps, actor: Actor, id: string, body: unknown): Promise<LearningResource> {
  requireEditor(actor, 'change learning resources');
  const input = await checkInput(deps, body);
  const updated = await deps.resources.update(id, input);
  if (!updated) throw AppError.notFound('That learning resource');
  return updated;
}

export async function setLearningResourceArchived(
  deps: LearningResourceDeps,
  actor: Actor,
  id: string,
  archived: boolean,
): Promise<LearningResource> {
  requireEditor(actor, archived ? 'archive learning resources' : 'restore learning resources');
  const updated = await deps.resources.setArchived(id, archived);
  if (!updated) throw AppError.notFound('That learning resource');
  return updated;
}
