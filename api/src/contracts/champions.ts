import { z } from 'zod';

/** Digital Champions: their lifecycle and the profile that matching and routing read. */

export const CHAMPION_STATUSES = ['volunteered', 'invited', 'active', 'paused', 'stepped-down', 'declined'] as const;
export const ChampionStatus = z.enum(CHAMPION_STATUSES);
export type ChampionStatus = z.infer<typeof ChampionStatus>;

export const CHAMPION_STATUS_LABELS: Record<ChampionStatus, string> = {
  volunteered: 'Volunteered, waiting for approval',
  invited: 'Invited, waiting for their answer',
  active: 'Active',
  paused: 'Paused',
  'stepped-down': 'Stepped down',
  declined: 'Not taken forward',
};

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const Weekday = z.number().int().min(1).max(7);
export const WEEKDAY_LABELS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const PersonRef = z
  .object({ id: z.uuid(), displayName: z.string() })
  .meta({ id: 'PersonRef' });
export type PersonRef = z.infer<typeof PersonRef>;

/** What a champion says about themselves; their strengths come from their latest audit. */
export const ChampionProfileInput = z
  .object({
    specialisms: z.array(z.string().trim().min(2).max(60)).max(12).describe('For example "screen readers", "Excel", "the council’s case system"'),
    siteId: z.uuid().nullable().describe('Where they help in person; null means their directory site'),
    serviceId: z.uuid().nullable().describe('The service whose systems they know; null means their directory service'),
    workingDays: z.array(Weekday).min(1).max(7),
    capacity: z.number().int().min(1).max(20).describe('People they can support at once'),
    about: z.string().trim().max(600),
  })
  .meta({ id: 'ChampionProfileInput' });
export type ChampionProfileInput = z.infer<typeof ChampionProfileInput>;

export const ChampionStrength = z.object({
  categoryKey: z.string(),
  title: z.string(),
  level: z.enum(['capable', 'confident']),
});
export type ChampionStrength = z.infer<typeof ChampionStrength>;

export const ChampionEvent = z.object({
  fromStatus: ChampionStatus.nullable(),
  toStatus: ChampionStatus,
  by: PersonRef.nullable(),
  note: z.string().nullable(),
  at: z.iso.datetime({ offset: true }),
});

export const ChampionProfile = ChampionProfileInput.extend({
  person: PersonRef,
  email: z.string(),
  jobTitle: z.string().nullable(),
  status: ChampionStatus,
  site: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  service: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** From their latest submitted audit; empty when they have not taken one. */
  strengths: z.array(ChampionStrength),
  auditedAt: z.iso.datetime({ offset: true }).nullable(),
  /** People they support now (active matches and claimed requests), against `capacity`. */
  load: z.number().int(),
  history: z.array(ChampionEvent),
}).meta({ id: 'ChampionProfile' });
export type ChampionProfile = z.infer<typeof ChampionProfile>;

export const ChampionIdParams = z.object({ personId: z.uuid() });
