import { ProjectChanges, ProjectInput } from '../../contracts/projects.js';
import { AppError, type FieldError } from '../shared/app-error.js';
import { fieldErrorsFrom } from '../shared/zod-field-errors.js';
import { validFields, withoutRepeats } from '../shared/valid-fields.js';
import type { ProjectDeps } from './project-deps.js';
import type { ProjectFields, ProjectRecord } from './project-repository.js';

/**
 * A project's fields are checked in one go, shape and rules together, so the form can show
 * every problem at once: dates in order, a service that exists, a sponsor who works here.
 */

export function dateErrors(startsOn: string | null, endsOn: string | null): FieldError[] {
  // ISO dates compare correctly as text.
  if (startsOn !== null && endsOn !== null && endsOn < startsOn) return [{ field: 'body.endsOn', message: 'must be on or after the start date' }];
  return [];
}

async function linkErrors(deps: ProjectDeps, fields: { serviceId?: string | undefined; sponsorPersonId?: string | undefined }): Promise<FieldError[]> {
  const [serviceExists, sponsorStatus] = await Promise.all([
    fields.serviceId === undefined ? Promise.resolve(true) : deps.projects.serviceExists(fields.serviceId),
    fields.sponsorPersonId === undefined ? Promise.resolve('active' as const) : deps.projects.personStatus(fields.sponsorPersonId),
  ]);
  const errors: FieldError[] = [];
  if (!serviceExists) errors.push({ field: 'body.serviceId', message: 'is not a service in the directory' });
  if (sponsorStatus === undefined) errors.push({ field: 'body.sponsorPersonId', message: 'is not a person in the directory' });
  if (sponsorStatus === 'leaver') errors.push({ field: 'body.sponsorPersonId', message: 'has left the council: choose a sponsor who works here' });
  return errors;
}

/** A new project's fields, or a 422 naming every field that is wrong. */
export async function checkNewProject(deps: ProjectDeps, body: unknown): Promise<ProjectFields> {
  const parsed = ProjectInput.safeParse(body, { reportInput: true });
  const fields = parsed.success ? parsed.data : validFields(ProjectInput, body);
  const rules = [...dateErrors(fields.startsOn ?? null, fields.endsOn ?? null), ...(await linkErrors(deps, fields))];
  const errors = withoutRepeats(parsed.success ? [] : fieldErrorsFrom('body', parsed.error), rules);
  if (errors.length > 0 || !parsed.success) throw AppError.validation(errors);
  return parsed.data;
}

/** The fields a change sends, checked against the project as it is (its dates stay in order). */
export async function checkProjectChanges(deps: ProjectDeps, body: unknown, current: ProjectRecord): Promise<Partial<ProjectFields>> {
  const parsed = ProjectChanges.safeParse(body, { reportInput: true });
  const fields = parsed.success ? parsed.data : validFields(ProjectChanges, body);
  const startsOn = fields.startsOn === undefined ? current.startsOn : fields.startsOn;
  const endsOn = fields.endsOn === undefined ? current.endsOn : fields.endsOn;
  // Only a change of date can put them out of order; an old project's dates are its own business.
  const datesChanged = fields.startsOn !== undefined || fields.endsOn !== undefined;
  const rules = [...(datesChanged ? dateErrors(startsOn, endsOn) : []), ...(await linkErrors(deps, fields))];
  const errors = withoutRepeats(parsed.success ? [] : fieldErrorsFrom('body', parsed.error), rules);
  if (errors.length > 0 || !parsed.success) throw AppError.validation(errors);
  // Keys sent as undefined (never in JSON, but possible from other callers) change nothing.
  return Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined)) as Partial<ProjectFields>;
}

/** 409, naming the project that already has the name, and the field for forms to show it by. */
export function nameTaken(name: string): AppError {
  return new AppError('conflict', `There is already a project called “${name}” in the register. Choose another name.`, [
    { field: 'body.name', message: `is already used by the project “${name}”` },
  ]);
}

/** Refuses a name another project already has, whatever the capitals. */
export async function requireFreeName(deps: ProjectDeps, name: string, exceptId?: string): Promise<void> {
  const owner = await deps.projects.findByName(name);
  if (owner && owner.id !== exceptId) throw nameTaken(owner.name);
}
