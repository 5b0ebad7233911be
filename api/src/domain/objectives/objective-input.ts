import { ObjectiveInput, OBJECTIVE_KIND_LABELS, type AppraisalYear } from '../../contracts/objectives.js';
import { AppError, type FieldError } from '../shared/app-error.js';
import { pathName, fieldErrorsFrom } from '../shared/zod-field-errors.js';
import { validFields, withoutRepeats } from '../shared/valid-fields.js';
import { isWithinYear, ukDate } from './appraisal-years/appraisal-year-dates.js';
import type { ObjectiveDeps } from './objective-deps.js';
import type { ObjectiveFields } from './objective-repository.js';

/**
 * What a person writes for an objective, checked as a whole so that every problem comes back
 * in one 422 naming its field: the shape, the target date within the year, and the one link
 * the kind needs (the others must be left empty).
 */

type Fields = Partial<ObjectiveInput>;

function mustBeEmpty(field: keyof ObjectiveInput, kind: ObjectiveInput['kind']): FieldError {
  return { field: `body.${field}`, message: `must be empty for “${OBJECTIVE_KIND_LABELS[kind]}”` };
}

async function skillErrors(deps: Pick<ObjectiveDeps, 'frameworks'>, keys: readonly string[]): Promise<FieldError[]> {
  if (keys.length === 0) return [{ field: 'body.categoryKeys', message: 'must have at least one skill' }];
  const framework = await deps.frameworks.current();
  const known = new Set(framework?.categories.map((category) => category.key) ?? []);
  return keys.flatMap((key, index) =>
    known.has(key) ? [] : [{ field: pathName('body', ['categoryKeys', index]), message: `"${key}" is not a skill in the current framework` }],
  );
}

async function supportErrors(deps: Pick<ObjectiveDeps, 'directory'>, fields: Fields, ownerId: string): Promise<FieldError[]> {
  const personId = fields.supportedPersonId ?? null;
  const asChampion = fields.supportsAsChampion ?? false;
  if (personId !== null && asChampion) {
    return [{ field: 'body.supportedPersonId', message: 'choose a colleague or being a Digital Champion, not both' }];
  }
  if (personId === null) {
    return asChampion || fields.supportedPersonId === undefined ? [] : [{ field: 'body.supportedPersonId', message: 'choose a colleague to support, or being a Digital Champion' }];
  }
  if (personId === ownerId) return [{ field: 'body.supportedPersonId', message: 'must be someone other than you' }];
  const person = await deps.directory.findPerson(personId);
  if (!person || person.status !== 'active') return [{ field: 'body.supportedPersonId', message: 'is not a colleague in the directory' }];
  return [];
}

async function projectErrors(deps: Pick<ObjectiveDeps, 'objectives'>, fields: Fields): Promise<FieldError[]> {
  const projectId = fields.projectId ?? null;
  if (projectId === null) return fields.projectId === undefined ? [] : [{ field: 'body.projectId', message: 'choose a project from the register' }];
  return (await deps.objectives.projectExists(projectId)) ? [] : [{ field: 'body.projectId', message: 'is not a project in the register' }];
}

/** The links a kind does not use, named when they are filled in. */
function strayLinks(fields: Fields, kind: ObjectiveInput['kind']): FieldError[] {
  const errors: FieldError[] = [];
  if (kind !== 'skill' && (fields.categoryKeys?.length ?? 0) > 0) errors.push(mustBeEmpty('categoryKeys', kind));
  if (kind !== 'support' && (fields.supportedPersonId ?? null) !== null) errors.push(mustBeEmpty('supportedPersonId', kind));
  if (kind !== 'support' && fields.supportsAsChampion === true) errors.push(mustBeEmpty('supportsAsChampion', kind));
  if (kind !== 'project' && (fields.projectId ?? null) !== null) errors.push(mustBeEmpty('projectId', kind));
  return errors;
}

async function ruleErrors(deps: Pick<ObjectiveDeps, 'frameworks' | 'directory' | 'objectives'>, fields: Fields, year: AppraisalYear, ownerId: string): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (fields.targetDate !== undefined && !isWithinYear(fields.targetDate, year)) {
    errors.push({ field: 'body.targetDate', message: `must be within the appraisal year ${year.label} (${ukDate(year.startsOn)} to ${ukDate(year.endsOn)})` });
  }
  const kind = fields.kind;
  if (kind === undefined) return errors;
  errors.push(...strayLinks(fields, kind));
  if (kind === 'skill' && fields.categoryKeys !== undefined) errors.push(...(await skillErrors(deps, fields.categoryKeys)));
  if (kind === 'support') errors.push(...(await supportErrors(deps, fields, ownerId)));
  if (kind === 'project') errors.push(...(await projectErrors(deps, fields)));
  return errors;
}

/** The objective as written, or a 422 listing every problem; nothing has been written either way. */
export async function checkObjectiveInput(
  deps: Pick<ObjectiveDeps, 'frameworks' | 'directory' | 'objectives'>,
  body: unknown,
  year: AppraisalYear,
  ownerId: string,
): Promise<ObjectiveFields> {
  const parsed = ObjectiveInput.safeParse(body, { reportInput: true });
  const fields: Fields = parsed.success ? parsed.data : validFields(ObjectiveInput, body);
  const rules = await ruleErrors(deps, fields, year, ownerId);
  const errors = withoutRepeats(parsed.success ? [] : fieldErrorsFrom('body', parsed.error), rules);
  if (errors.length > 0 || !parsed.success) throw AppError.validation(errors);
  const input = parsed.data;
  return { ...input, categoryKeys: [...new Set(input.categoryKeys)] };
}
