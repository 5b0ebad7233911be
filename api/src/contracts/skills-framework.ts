import { z } from 'zod';

/** The skills framework: categories of plain-English statements, versioned as a whole. */

const Key = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens, such as "find-a-website"')
  .max(60);

export const StatementContext = z.enum(['life', 'work']).describe('Whether the task is mainly one for everyday life or for work');
export type StatementContext = z.infer<typeof StatementContext>;

/** A statement as written in a framework document (import, export, and HR's editor). */
export const StatementDocument = z.object({
  key: Key.describe('Stays the same across versions, so audits against different versions can be compared'),
  text: z.string().trim().min(3).max(200),
  helpText: z.string().trim().min(3).max(500),
  example: z.string().trim().min(3).max(300),
  context: StatementContext,
});
export type StatementDocument = z.infer<typeof StatementDocument>;

export const CategoryDocument = z.object({
  key: Key,
  title: z.string().trim().min(2).max(80),
  description: z.string().trim().min(3).max(400),
  basic: z.boolean().describe('Counts towards the "has basic digital skills" verdict'),
  statements: z.array(StatementDocument).min(1).max(40),
});
export type CategoryDocument = z.infer<typeof CategoryDocument>;

export const FRAMEWORK_FORMAT = 'digital-culture-hub/skills-framework@1';

/**
 * A whole framework as one JSON document: the format HR exports and imports, and what the
 * editor saves. Order in the arrays is the order people see. A statement left out of a new
 * version is retired; earlier versions (and the answers given to them) keep it.
 */
export const FrameworkDocument = z
  .object({
    format: z.literal(FRAMEWORK_FORMAT),
    name: z.string().trim().min(2).max(120),
    note: z.string().trim().max(500).optional().describe('What changed in this version'),
    categories: z.array(CategoryDocument).min(1).max(20),
  })
  .meta({ id: 'FrameworkDocument' });
export type FrameworkDocument = z.infer<typeof FrameworkDocument>;

export const FrameworkStatement = StatementDocument.extend({ id: z.uuid() }).meta({ id: 'FrameworkStatement' });
export type FrameworkStatement = z.infer<typeof FrameworkStatement>;

export const FrameworkCategory = CategoryDocument.omit({ statements: true })
  .extend({ id: z.uuid(), statements: z.array(FrameworkStatement) })
  .meta({ id: 'FrameworkCategory' });
export type FrameworkCategory = z.infer<typeof FrameworkCategory>;

/** One stored version, with the ids its answers point at. */
export const FrameworkVersion = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    name: z.string(),
    note: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    createdBy: z.string().nullable().describe('Display name of the person who saved it; null for the version the product ships'),
    current: z.boolean(),
    categories: z.array(FrameworkCategory),
  })
  .meta({ id: 'FrameworkVersion' });
export type FrameworkVersion = z.infer<typeof FrameworkVersion>;

export const FrameworkVersionSummary = FrameworkVersion.omit({ categories: true })
  .extend({ categories: z.number().int(), statements: z.number().int() })
  .meta({ id: 'FrameworkVersionSummary' });
export type FrameworkVersionSummary = z.infer<typeof FrameworkVersionSummary>;

export const FrameworkVersionList = z.object({ items: z.array(FrameworkVersionSummary) }).meta({ id: 'FrameworkVersionList' });
export type FrameworkVersionList = z.infer<typeof FrameworkVersionList>;

export const FrameworkVersionParams = z.object({ version: z.coerce.number().int().positive() });

export const FrameworkExportQuery = z.object({
  version: z.coerce.number().int().positive().optional().describe('The version to export; the current one if left out'),
});

export const SaveFrameworkQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('Check the document and report what would change, without saving a version'),
});

/** What saving (or checking) a framework document did, statement by statement key. */
export const FrameworkChange = z
  .object({
    dryRun: z.boolean(),
    version: z.number().int().nullable().describe('The new version; null on a dry run or when nothing changed'),
    added: z.array(z.string()),
    retired: z.array(z.string()),
    reworded: z.array(z.string()),
    moved: z.array(z.string()),
    categoriesChanged: z.array(z.string()).describe('Category keys added, removed, re-titled, re-described, re-ordered or counted differently for basic skills'),
    renamed: z.boolean().describe('The framework name changed'),
    unchanged: z.boolean(),
  })
  .meta({ id: 'FrameworkChange' });
export type FrameworkChange = z.infer<typeof FrameworkChange>;
