import { z } from 'zod';

export const PersonalDataFormat = z.object({
  format: z.enum(['html', 'json']).default('html').describe('`html`: a document to read or print; `json`: the same, for a computer'),
});

/** Everything the hub holds about one person, section by section; each row as the database holds it. */
export const PersonalDataExport = z
  .object({
    person: z.object({ id: z.uuid(), displayName: z.string() }),
    generatedAt: z.iso.datetime(),
    sections: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        about: z.string(),
        rows: z.array(z.record(z.string(), z.unknown())),
      }),
    ),
  })
  .meta({ id: 'PersonalDataExport' });
export type PersonalDataExport = z.infer<typeof PersonalDataExport>;

export const ErasureBody = z
  .object({ confirmName: z.string().trim().min(1).max(200).describe('The person’s name, typed to confirm: nothing erased comes back') })
  .meta({ id: 'ErasureBody' });
export type ErasureBody = z.infer<typeof ErasureBody>;

/** How long the hub keeps what it keeps. The privacy notice is written from these same numbers. */
export const RetentionSettings = z
  .object({
    leaverMonths: z.number().int().min(1).max(120).describe('Months after someone leaves before their data is erased automatically'),
    auditLogMonths: z.number().int().min(12).max(120).describe('Months the audit log keeps each entry'),
  })
  .meta({ id: 'RetentionSettings' });
export type RetentionSettings = z.infer<typeof RetentionSettings>;

/** A year after leaving, as the privacy notice has always said; the audit log for six years, as councils keep employment records. */
export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = { leaverMonths: 12, auditLogMonths: 72 };
