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
