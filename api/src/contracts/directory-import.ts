import { z } from 'zod';

/** The columns of a staff list, as HR exports it. `email` identifies a person across imports. */
export const STAFF_CSV_COLUMNS = [
  'email',
  'display_name',
  'job_title',
  'service',
  'site',
  'line_manager_email',
  'entra_object_id',
  'status',
] as const;
export const REQUIRED_STAFF_CSV_COLUMNS = ['email', 'display_name', 'service'] as const;

export const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('Check the file and report what would change, without changing anything'),
});

export const ImportResult = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    newServices: z.array(z.string()),
    newSites: z.array(z.string()),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof ImportResult>;
