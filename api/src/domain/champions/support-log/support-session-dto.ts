import type { SupportSession } from '../../../contracts/support-log.js';
import { hasRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { DELETE_WITHIN_DAYS } from './support-log-deps.js';
import type { SupportSessionRecord } from './support-log-repository.js';
import { categoryTitles, type SkillCategory } from './skill-categories.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which a session can no longer be taken back. */
export function deletableSince(now: Date): Date {
  return new Date(now.getTime() - DELETE_WITHIN_DAYS * DAY_MS);
}

export function requireChampion(actor: Actor, action: string): void {
  if (!hasRole(actor, 'champion')) throw AppError.forbidden(`Only Digital Champions can ${action}.`);
}

export function toSupportSessionDto(record: SupportSessionRecord, actor: Actor, categories: readonly SkillCategory[], now: Date): SupportSession {
  return {
    id: record.id,
    champion: record.champion,
    kind: record.kind,
    happenedOn: record.happenedOn,
    minutes: record.minutes,
    peopleHelped: record.peopleHelped,
    skills: categoryTitles(record.categoryKeys, categories),
    note: record.note,
    dropIn: record.dropIn,
    helpRequestId: record.helpRequestId,
    createdAt: record.createdAt.toISOString(),
    canDelete: record.champion.id === actor.personId && record.kind !== 'help-request' && record.createdAt >= deletableSince(now),
  };
}
