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
  confirmIdentityChanges: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('Apply the file even though it gives people another Microsoft 365 account to sign in with (see `identityChanges` of a dry run)'),
});

/** Someone the import would let sign in only with another Microsoft 365 account than today. */
export const IdentityChange = z
  .object({
    line: z.number().int().describe('The line of the file; for a directory sync, the user’s place in the list'),
    email: z.string(),
    displayName: z.string(),
  })
  .meta({ id: 'IdentityChange' });
export type IdentityChange = z.infer<typeof IdentityChange>;

export const ImportResult = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    newServices: z.array(z.string()),
    newSites: z.array(z.string()),
    identityChanges: z.array(IdentityChange).describe('People whose Entra object id the import replaces: they will sign in with another account'),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof ImportResult>;

export const SyncQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('Read Microsoft 365 and report what would change, without changing anything'),
});

/** A Microsoft 365 user the sync left as the directory has them, and why. */
export const DirectorySyncProblem = z
  .object({
    entraObjectId: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    /** The Microsoft 365 property at fault: `mail`, `manager` or `id`. */
    field: z.enum(['mail', 'manager', 'id']),
    message: z.string(),
  })
  .meta({ id: 'DirectorySyncProblem' });
export type DirectorySyncProblem = z.infer<typeof DirectorySyncProblem>;

/**
 * What a sync from Microsoft 365 changed, in the same terms as a staff list import.
 * `rows` counts the users Microsoft 365 listed; `updated` leaves out the new `leavers`.
 */
export const DirectorySyncResult = ImportResult.extend({
  leavers: z.number().int().describe('People who were active and are now disabled in, or gone from, Microsoft 365'),
  withoutMail: z.number().int().describe('Users with no e-mail address (such as guests), which the directory cannot hold'),
  skipped: z.array(DirectorySyncProblem).describe('Users left as the directory has them, each with the reason'),
}).meta({ id: 'DirectorySyncResult' });
export type DirectorySyncResult = z.infer<typeof DirectorySyncResult>;
