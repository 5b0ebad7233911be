import { z } from 'zod';
import { PersonRef } from './champions.js';
import { Reference } from './common.js';
import { SkillRef } from './support-log.js';

/** Drop-in sessions: champions run them, in a room or in Teams; staff find them and book a place. */

export const DropInFormat = z.enum(['in-person', 'online']);
export type DropInFormat = z.infer<typeof DropInFormat>;

export const DROP_IN_FORMAT_LABELS: Record<DropInFormat, string> = {
  'in-person': 'In person',
  online: 'Online, in Microsoft Teams',
};

/** The longest a drop-in may run. */
export const MAX_DROP_IN_HOURS = 8;

export const DropInInput = z
  .object({
    title: z.string().trim().min(3).max(120),
    description: z.string().trim().max(2000),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    format: DropInFormat,
    siteId: z.uuid().nullable().describe('Where it happens; required in person'),
    place: z.string().trim().max(200).describe('The room or desk; required in person'),
    alsoOnline: z.boolean().describe('In person, with a Teams meeting too for people who cannot come'),
    capacity: z.number().int().min(1).max(500),
    categoryKeys: z.array(z.string().max(60)).max(8).describe('Skill categories of the current framework it helps with'),
  })
  .meta({ id: 'DropInInput' });
export type DropInInput = z.infer<typeof DropInInput>;

export const DropInStatus = z.enum(['scheduled', 'cancelled']);
export type DropInStatus = z.infer<typeof DropInStatus>;

export const DropIn = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    format: DropInFormat,
    site: Reference.nullable(),
    place: z.string(),
    host: PersonRef,
    capacity: z.number().int(),
    registeredCount: z.number().int(),
    placesLeft: z.number().int(),
    skills: z.array(SkillRef),
    status: DropInStatus,
    hasOnlineMeeting: z.boolean(),
    /** Only for the host and people with a place. */
    joinUrl: z.string().nullable(),
    registered: z.boolean().describe('Whether I have a place'),
    isHost: z.boolean(),
    started: z.boolean(),
    ended: z.boolean(),
  })
  .meta({ id: 'DropIn' });
export type DropIn = z.infer<typeof DropIn>;

export const DropInPage = z.object({ items: z.array(DropIn), total: z.number().int() }).meta({ id: 'DropInPage' });
export type DropInPage = z.infer<typeof DropInPage>;

export const DropInQuery = z.object({
  categoryKey: z.string().max(60).optional(),
  siteId: z.uuid().optional(),
  format: DropInFormat.optional().describe('"online" also finds in-person sessions that have a Teams meeting'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DropInQuery = z.infer<typeof DropInQuery>;

export const DropInRegistrant = z.object({ person: PersonRef, registeredAt: z.iso.datetime({ offset: true }) });
export type DropInRegistrant = z.infer<typeof DropInRegistrant>;

/** A session as its host sees it: who has a place, and whether it is in the support log yet. */
export const HostedDropIn = DropIn.extend({
  registrants: z.array(DropInRegistrant),
  logged: z.boolean(),
}).meta({ id: 'HostedDropIn' });
export type HostedDropIn = z.infer<typeof HostedDropIn>;

export const HostedDropInList = z.object({ items: z.array(HostedDropIn) }).meta({ id: 'HostedDropInList' });
export type HostedDropInList = z.infer<typeof HostedDropInList>;

export const DropInSites = z.object({ sites: z.array(Reference) }).meta({ id: 'DropInSites' });
export type DropInSites = z.infer<typeof DropInSites>;

export const CancelDropInBody = z
  .object({ reason: z.string().trim().max(500).default('').describe('Told to everyone with a place') })
  .meta({ id: 'CancelDropInBody' });
export type CancelDropInBody = z.infer<typeof CancelDropInBody>;

/** When the host logs an ended drop-in; anything left out is taken from the session. */
export const LogDropInBody = z
  .object({
    minutes: z.number().int().min(1).max(600).optional(),
    peopleHelped: z.number().int().min(1).max(500).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .meta({ id: 'LogDropInBody' });
export type LogDropInBody = z.infer<typeof LogDropInBody>;

export const DropInIdParams = z.object({ id: z.uuid() });
