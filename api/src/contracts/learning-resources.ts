import { z } from 'zod';

/** The resource library that learning plans draw on; the digital team keeps it. */

export const ResourceKind = z.enum(['guide', 'course', 'video', 'drop-in', 'website']);
export type ResourceKind = z.infer<typeof ResourceKind>;

export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  guide: 'How-to guide',
  course: 'Course',
  video: 'Video',
  'drop-in': 'Drop-in session',
  website: 'Website',
};

export const LearningResourceInput = z
  .object({
    title: z.string().trim().min(3).max(160),
    kind: ResourceKind,
    description: z.string().trim().min(3).max(1000),
    url: z.url({ protocol: /^https?$/ }).max(2000).nullable(),
    provider: z.string().trim().max(120).nullable(),
    durationMinutes: z.number().int().positive().max(10_000).nullable(),
    statementKeys: z.array(z.string()).max(50).describe('Statements (by key) this resource helps with'),
    categoryKeys: z.array(z.string()).max(20).describe('Whole categories this resource helps with'),
  })
  .meta({ id: 'LearningResourceInput' });
export type LearningResourceInput = z.infer<typeof LearningResourceInput>;

export const LearningResource = LearningResourceInput.extend({
  id: z.uuid(),
  archived: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }),
}).meta({ id: 'LearningResource' });
export type LearningResource = z.infer<typeof LearningResource>;

export const LearningResourceQuery = z.object({
  q: z.string().trim().max(100).optional(),
  statementKey: z.string().max(60).optional(),
  categoryKey: z.string().max(60).optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type LearningResourceQuery = z.infer<typeof LearningResourceQuery>;

export const LearningResourcePage = z
  .object({ items: z.array(LearningResource), total: z.number().int() })
  .meta({ id: 'LearningResourcePage' });
export type LearningResourcePage = z.infer<typeof LearningResourcePage>;

export const ResourceIdParams = z.object({ id: z.uuid() });
