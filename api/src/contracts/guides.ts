import { z } from 'zod';
import { PersonRef } from './champions.js';

/**
 * How-to guides: short, plain-English instructions written by Digital Champions and the
 * digital team, linked to framework skills by key, and published by the digital team.
 */

export const GUIDE_STATUSES = ['draft', 'submitted', 'published', 'archived'] as const;
export const GuideStatus = z.enum(GUIDE_STATUSES);
export type GuideStatus = z.infer<typeof GuideStatus>;

export const GUIDE_STATUS_LABELS: Record<GuideStatus, string> = {
  draft: 'Draft',
  submitted: 'Waiting to be published',
  published: 'Published',
  archived: 'Archived',
};

export const GUIDE_LIMITS = { titleMin: 3, titleMax: 120, summaryMax: 300, bodyMin: 10, bodyMax: 20_000 } as const;

export const GuideInput = z
  .object({
    title: z.string().trim().min(GUIDE_LIMITS.titleMin).max(GUIDE_LIMITS.titleMax),
    summary: z.string().trim().max(GUIDE_LIMITS.summaryMax),
    bodyMarkdown: z
      .string()
      .min(GUIDE_LIMITS.bodyMin)
      .max(GUIDE_LIMITS.bodyMax)
      .describe('Markdown: headings, lists, bold, italic, code, quotes and links. Any HTML is shown as text.'),
    categoryKeys: z.array(z.string()).max(20).describe('Whole framework categories the guide helps with'),
    statementKeys: z.array(z.string()).max(50).describe('Framework statements (by key) the guide helps with'),
  })
  .meta({ id: 'GuideInput' });
export type GuideInput = z.infer<typeof GuideInput>;

/** What the person asking may do with the guide now, so every client offers the same buttons. */
export const GuideActions = z
  .object({ edit: z.boolean(), submit: z.boolean(), publish: z.boolean(), return: z.boolean(), archive: z.boolean() })
  .meta({ id: 'GuideActions' });
export type GuideActions = z.infer<typeof GuideActions>;

export const GuideSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string(),
    status: GuideStatus,
    categoryKeys: z.array(z.string()),
    statementKeys: z.array(z.string()),
    author: PersonRef.nullable(),
    publishedAt: z.iso.datetime({ offset: true }).nullable(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'GuideSummary' });
export type GuideSummary = z.infer<typeof GuideSummary>;

export const Guide = GuideSummary.extend({
  bodyMarkdown: z.string(),
  /** The body rendered on the server: only the HTML the renderer writes itself; nothing from the author passes through as markup. */
  bodyHtml: z.string(),
  publishedBy: PersonRef.nullable(),
  /** Why the digital team sent it back to its author, until the author submits it again. */
  reviewNote: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  actions: GuideActions,
}).meta({ id: 'Guide' });
export type Guide = z.infer<typeof Guide>;

export const GuidePage = z.object({ items: z.array(GuideSummary), total: z.number().int() }).meta({ id: 'GuidePage' });
export type GuidePage = z.infer<typeof GuidePage>;

export const GuideList = z.object({ items: z.array(GuideSummary) }).meta({ id: 'GuideList' });
export type GuideList = z.infer<typeof GuideList>;

export const GuideQuery = z.object({
  q: z.string().trim().max(100).optional(),
  categoryKey: z.string().max(60).optional(),
  statementKey: z.string().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type GuideQuery = z.infer<typeof GuideQuery>;

/** `a,b,c` in a query string → `['a', 'b', 'c']`. */
const KeyList = z
  .string()
  .max(4000)
  .optional()
  .transform((value) => [...new Set((value ?? '').split(',').map((key) => key.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(60)).max(100));

export const GuidesForSkillsQuery = z.object({
  categoryKeys: KeyList.describe('Comma-separated category keys'),
  statementKeys: KeyList.describe('Comma-separated statement keys'),
});
export type GuidesForSkillsQuery = z.infer<typeof GuidesForSkillsQuery>;

export const ReturnGuideBody = z
  .object({ comment: z.string().trim().min(3).max(600).describe('What the author should change before submitting again') })
  .meta({ id: 'ReturnGuideBody' });
export type ReturnGuideBody = z.infer<typeof ReturnGuideBody>;

export const GuidePreviewBody = z.object({ bodyMarkdown: z.string().max(GUIDE_LIMITS.bodyMax) }).meta({ id: 'GuidePreviewBody' });
export const GuidePreview = z.object({ bodyHtml: z.string() }).meta({ id: 'GuidePreview' });
export type GuidePreview = z.infer<typeof GuidePreview>;

export const GuideIdParams = z.object({ id: z.uuid() });
