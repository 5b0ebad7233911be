import type { z } from 'zod';
import { AppError, type FieldError } from '../shared/app-error.js';
import { fieldErrorsFrom } from '../shared/zod-field-errors.js';
import { validFields, withoutRepeats } from '../shared/valid-fields.js';
import type { ServicePlanDeps } from './service-plan-deps.js';

/**
 * Checks a body's shape and the rules that need the database (the owner, the project, the
 * year) together, so one 422 names every field to fix, and nothing is written until all is well.
 */
export async function checkBody<S extends z.ZodObject>(
  schema: S,
  body: unknown,
  rules: (fields: Partial<z.infer<S>>) => Promise<FieldError[]>,
): Promise<z.infer<S>> {
  const parsed = schema.safeParse(body, { reportInput: true });
  const fields = parsed.success ? parsed.data : validFields(schema, body);
  const errors = withoutRepeats(parsed.success ? [] : fieldErrorsFrom('body', parsed.error), await rules(fields));
  if (errors.length > 0 || !parsed.success) throw AppError.validation(errors);
  return parsed.data;
}

/** An item's owner is someone working for the council now; its project is one in the register. */
export async function itemLinkErrors(
  deps: Pick<ServicePlanDeps, 'plans'>,
  fields: { ownerPersonId?: string | undefined; projectId?: string | null | undefined },
): Promise<FieldError[]> {
  const [ownerActive, projectFound] = await Promise.all([
    fields.ownerPersonId === undefined ? true : deps.plans.isActivePerson(fields.ownerPersonId),
    fields.projectId === undefined || fields.projectId === null ? true : deps.plans.projectExists(fields.projectId),
  ]);
  const errors: FieldError[] = [];
  if (!ownerActive) errors.push({ field: 'body.ownerPersonId', message: 'is not an active person in the directory' });
  if (!projectFound) errors.push({ field: 'body.projectId', message: 'is not a project in the digital projects register' });
  return errors;
}
