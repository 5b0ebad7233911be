import { z } from 'zod';
import { PersonRef } from './champions.js';

/** The support log: every session a Digital Champion gave, whichever way it came about. */

export const SUPPORT_SESSION_KINDS = ['one-to-one', 'drop-in', 'resident', 'help-request'] as const;
export const SupportSessionKind = z.enum(SUPPORT_SESSION_KINDS);
export type SupportSessionKind = z.infer<typeof SupportSessionKind>;

/** The kinds a champion logs by hand; help requests are logged when the champion resolves them. */
export const LOGGABLE_KINDS = ['one-to-one', 'drop-in', 'resident'] as const;
export const LoggableKind = z.enum(LOGGABLE_KINDS);
export type LoggableKind = z.infer<typeof LoggableKind>;

/** A skill category of the framework, by key, with its title for people. */
export const SkillRef = z.object({ key: z.string(), title: z.string() }).meta({ id: 'SkillRef' });
export type SkillRef = z.infer<typeof SkillRef>;

export const SUPPORT_SESSION_KIND_LABELS: Record<SupportSessionKind, string> = {
  'one-to-one': 'One-to-one with a colleague',
  'drop-in': 'Drop-in session',
  resident: 'Helping a resident',
  'help-request': 'Help request',
};

export const SupportSessionInput = z
  .object({
    kind: LoggableKind,
    happenedOn: z.iso.date().describe('The UK calendar date it happened on; today or earlier'),
    minutes: z.number().int().min(1).max(600),
    peopleHelped: z.number().int().min(1).max(500),
    categoryKeys: z.array(z.string().max(60)).max(8).describe('Skill categories of the current framework it covered'),
    note: z.string().trim().max(1000),
  })
  .meta({ id: 'SupportSessionInput' });
export type SupportSessionInput = z.infer<typeof SupportSessionInput>;

export const SupportSession = z
  .object({
    id: z.uuid(),
    champion: PersonRef,
    kind: SupportSessionKind,
    happenedOn: z.iso.date(),
    minutes: z.number().int(),
    peopleHelped: z.number().int(),
    skills: z.array(SkillRef),
    note: z.string(),
    dropIn: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    helpRequestId: z.uuid().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    canDelete: z.boolean().describe('The champion may still remove it: logged by hand in the last 14 days'),
  })
  .meta({ id: 'SupportSession' });
export type SupportSession = z.infer<typeof SupportSession>;

export const SupportKindTotal = z.object({
  kind: SupportSessionKind,
  sessions: z.number().int(),
  minutes: z.number().int(),
  peopleHelped: z.number().int(),
});
export type SupportKindTotal = z.infer<typeof SupportKindTotal>;

export const SupportLogTotals = z
  .object({
    sessions: z.number().int(),
    minutes: z.number().int(),
    peopleHelped: z.number().int(),
    byKind: z.array(SupportKindTotal).describe('Every kind, in a fixed order, including those with none'),
  })
  .meta({ id: 'SupportLogTotals' });
export type SupportLogTotals = z.infer<typeof SupportLogTotals>;

export const SupportLogPage = z
  .object({ items: z.array(SupportSession), total: z.number().int(), totals: SupportLogTotals })
  .meta({ id: 'SupportLogPage' });
export type SupportLogPage = z.infer<typeof SupportLogPage>;

export const SupportLogQuery = z.object({
  kind: SupportSessionKind.optional(),
  from: z.iso.date().optional().describe('Sessions on or after this date'),
  to: z.iso.date().optional().describe('Sessions on or before this date'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type SupportLogQuery = z.infer<typeof SupportLogQuery>;

/** The digital team's and HR's view across every champion. */
export const AllSupportLogQuery = SupportLogQuery.extend({
  championId: z.uuid().optional(),
  categoryKey: z.string().max(60).optional(),
});
export type AllSupportLogQuery = z.infer<typeof AllSupportLogQuery>;

export const SupportSessionIdParams = z.object({ id: z.uuid() });
