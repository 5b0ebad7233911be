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

/** A champion's record as seen after a change of status: who, where they are now, and how they got there. */
export const ChampionStatusChange = z
  .object({
    person: PersonRef,
    status: ChampionStatus,
    history: z.array(ChampionEvent),
    /**
     * Whether the bot could tell the person about the change: false when they have no chat
     * with the bot yet (so tell them another way); null when nobody needed telling.
     */
    personTold: z.boolean().nullable(),
  })
  .meta({ id: 'ChampionStatusChange' });
export type ChampionStatusChange = z.infer<typeof ChampionStatusChange>;

const Note = z.string().trim().max(500).describe('Why, in a sentence; kept in the champion’s history');

export const StatusChangeBody = z.object({ note: Note.optional() }).strict().meta({ id: 'StatusChangeBody' });
export type StatusChangeBody = z.infer<typeof StatusChangeBody>;

export const InviteChampionBody = z
  .object({ personId: z.uuid().describe('The colleague to invite'), note: Note.optional() })
  .strict()
  .meta({ id: 'InviteChampionBody' });
export type InviteChampionBody = z.infer<typeof InviteChampionBody>;

export const InvitationAnswerBody = z
  .object({ accept: z.boolean().describe('true to become a champion, false for “no thanks”'), note: Note.optional() })
  .strict()
  .meta({ id: 'InvitationAnswerBody' });
export type InvitationAnswerBody = z.infer<typeof InvitationAnswerBody>;

/** What only the digital team and HR see of a champion in the list. */
export const ChampionManagedDetails = z.object({
  email: z.string(),
  jobTitle: z.string().nullable(),
  capacity: z.number().int(),
  load: z.number().int(),
  /** When the status last changed. */
  statusSince: z.iso.datetime({ offset: true }),
});

export const ChampionListItem = z
  .object({
    person: PersonRef,
    status: ChampionStatus,
    site: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    service: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    specialisms: z.array(z.string()),
    strengths: z.array(ChampionStrength),
    about: z.string(),
    /** A Teams link that opens a chat with them. */
    chatUrl: z.string(),
    /** Digital team and HR only; null for everyone else. */
    details: ChampionManagedDetails.nullable(),
  })
  .meta({ id: 'ChampionListItem' });
export type ChampionListItem = z.infer<typeof ChampionListItem>;

export const ChampionStatusCounts = z.object(
  Object.fromEntries(CHAMPION_STATUSES.map((status) => [status, z.number().int()])) as Record<ChampionStatus, z.ZodNumber>,
);
export type ChampionStatusCounts = z.infer<typeof ChampionStatusCounts>;

export const ChampionListQuery = z.object({
  status: ChampionStatus.optional().describe('Digital team and HR only; everyone else sees active champions'),
  q: z.string().trim().max(100).optional().describe('Part of a name, specialism, service or site'),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ChampionListQuery = z.infer<typeof ChampionListQuery>;

export const ChampionList = z
  .object({
    items: z.array(ChampionListItem),
    total: z.number().int(),
    /** How many champions have each status: for the digital team and HR; null for those who see active champions only. */
    counts: ChampionStatusCounts.nullable(),
    /** Whether the reader can approve, decline, invite, pause and step champions down (the digital team). */
    canManage: z.boolean(),
  })
  .meta({ id: 'ChampionList' });
export type ChampionList = z.infer<typeof ChampionList>;

/** What a champion can choose from for where and for which service they help. */
export const ChampionProfileChoices = z
  .object({
    sites: z.array(z.object({ id: z.uuid(), name: z.string() })),
    services: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: 'ChampionProfileChoices' });
export type ChampionProfileChoices = z.infer<typeof ChampionProfileChoices>;
