import type { DropIn, HostedDropIn } from '../../../contracts/drop-ins.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { categoryTitles, type SkillCategory } from '../support-log/skill-categories.js';
import type { DropInNotice } from './drop-in-notifier.js';
import type { DropInDeps } from './drop-in-deps.js';
import type { DropInRecord, Registrant } from './drop-in-repository.js';
import { placesLeft } from './drop-in-rules.js';

export function toDropInDto(record: DropInRecord, actor: Actor, categories: readonly SkillCategory[], now: Date): DropIn {
  const isHost = record.host.id === actor.personId;
  return {
    id: record.id,
    title: record.title,
    description: record.description,
    startsAt: record.startsAt.toISOString(),
    endsAt: record.endsAt.toISOString(),
    format: record.format,
    site: record.site,
    place: record.place,
    host: record.host,
    capacity: record.capacity,
    registeredCount: record.registeredCount,
    placesLeft: placesLeft(record.capacity, record.registeredCount),
    skills: categoryTitles(record.categoryKeys, categories),
    status: record.status,
    hasOnlineMeeting: record.meetingJoinUrl !== null,
    // The meeting link is for the people who are coming.
    joinUrl: isHost || record.viewerRegistered ? record.meetingJoinUrl : null,
    registered: record.viewerRegistered,
    isHost,
    started: record.startsAt <= now,
    ended: record.endsAt <= now,
  };
}

export function toHostedDto(
  record: DropInRecord,
  registrants: readonly Registrant[],
  actor: Actor,
  categories: readonly SkillCategory[],
  now: Date,
): HostedDropIn {
  return {
    ...toDropInDto(record, actor, categories, now),
    registrants: registrants.map((registrant) => ({ person: registrant.person, registeredAt: registrant.registeredAt.toISOString() })),
    logged: record.logged,
  };
}

export function noticeFor(record: DropInRecord, person: { id: string; displayName: string }): DropInNotice {
  return {
    person,
    dropIn: {
      id: record.id,
      title: record.title,
      startsAt: record.startsAt,
      endsAt: record.endsAt,
      format: record.format,
      siteName: record.site?.name ?? null,
      place: record.place,
      joinUrl: record.meetingJoinUrl,
      hostName: record.host.displayName,
    },
  };
}

export async function requireDropIn(deps: DropInDeps, id: string, actor: Actor): Promise<DropInRecord> {
  const record = await deps.dropIns.find(id, actor.personId);
  if (!record) throw AppError.notFound('That drop-in session');
  return record;
}
