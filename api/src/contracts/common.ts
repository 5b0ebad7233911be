import { z } from 'zod';

/** Contracts are browser-safe: the tab imports them to parse every response it gets. */

export const Id = z.uuid();

export const Reference = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'Reference' });
export type Reference = z.infer<typeof Reference>;

export const FieldProblem = z
  .object({
    field: z.string().describe('Where the problem is, as the client sent it: `body.email`, `rows[3].email`'),
    message: z.string(),
    row: z.number().int().optional().describe('For file imports: the line of the file, counting the header as line 1'),
    column: z.string().optional().describe('For file imports: the column heading'),
  })
  .meta({ id: 'FieldProblem' });
export type FieldProblem = z.infer<typeof FieldProblem>;

/** RFC 9457 problem details, as every error is returned. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(FieldProblem).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}
