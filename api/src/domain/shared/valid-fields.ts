import type { z } from 'zod';
import type { FieldError } from './app-error.js';

/**
 * The fields of a body that are right on their own, even when others are not, so a form's
 * rules (dates, places, skills) can be checked and reported in the same answer as its
 * shape problems: people fix everything in one go.
 */
export function validFields<S extends z.ZodObject>(schema: S, body: unknown): Partial<z.infer<S>> {
  if (typeof body !== 'object' || body === null) return {};
  const values = body as Record<string, unknown>;
  const valid: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as Array<[string, z.ZodType]>) {
    const parsed = field.safeParse(values[key]);
    if (parsed.success) valid[key] = parsed.data;
  }
  return valid as Partial<z.infer<S>>;
}

/** `extra` problems, leaving out fields that already have one (a field is fixed one problem at a time). */
export function withoutRepeats(errors: readonly FieldError[], extra: readonly FieldError[]): FieldError[] {
  const named = new Set(errors.map((error) => error.field));
  return [...errors, ...extra.filter((error) => !named.has(error.field))];
}
