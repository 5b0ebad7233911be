import type { ChampionEvent, ChampionProfile, PersonRef } from '../../../contracts/champions.js';
import type { z } from 'zod';
import { hasAnyRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { ChampionDeps, StoredChampion } from './champion-deps.js';
import { currentCategoryTitles, strengthsFrom } from './champion-strengths.js';

export const NOT_A_CHAMPION = 'You have not volunteered or been invited to be a Digital Champion.';

export function personRefOf(champion: Pick<StoredChampion, 'personId' | 'displayName'>): PersonRef {
  return { id: champion.personId, displayName: champion.displayName };
}

export async function historyOf(deps: Pick<ChampionDeps, 'champions'>, personId: string): Promise<z.infer<typeof ChampionEvent>[]> {
  const events = await deps.champions.history(personId);
  return events.map((event) => ({ ...event, at: event.at.toISOString() }));
}

/** The whole profile: what they said about themselves, their strengths from their latest audit, and their history. */
export async function profileOf(deps: Pick<ChampionDeps, 'champions' | 'frameworks'>, champion: StoredChampion): Promise<ChampionProfile> {
  if (!champion.status) throw AppError.notFound('That Digital Champion');
  const [audits, titles, history] = await Promise.all([
    deps.champions.latestAudits([champion.personId]),
    currentCategoryTitles(deps),
    historyOf(deps, champion.personId),
  ]);
  const audit = audits.get(champion.personId);
  return {
    ...champion.profile,
    person: personRefOf(champion),
    email: champion.email,
    jobTitle: champion.jobTitle,
    status: champion.status,
    site: champion.site,
    service: champion.service,
    strengths: strengthsFrom(audit, titles),
    auditedAt: audit ? audit.submittedAt.toISOString() : null,
    load: champion.load,
    history,
  };
}

/** My own champion record, whatever its status; 404 when I have none. */
export async function getMyChampionRecord(deps: ChampionDeps, actor: Actor): Promise<ChampionProfile> {
  const mine = await deps.champions.find(actor.personId);
  if (!mine?.status) throw new AppError('not-found', NOT_A_CHAMPION);
  return profileOf(deps, mine);
}

/**
 * Someone's full champion record: their own, or anyone's for the digital team and HR (each
 * read of someone else's is audit-logged: it shows their audit strengths). Others find
 * champions through the list, which shows only what champions share publicly.
 */
export async function getChampionProfile(deps: ChampionDeps, actor: Actor, personId: string): Promise<ChampionProfile> {
  if (personId === actor.personId) return getMyChampionRecord(deps, actor);
  if (!hasAnyRole(actor, ['digital', 'hr'])) {
    throw AppError.forbidden('Only the champion, the digital team and HR can see a champion’s full record. The list of champions shows what they share.');
  }
  const champion = await deps.champions.find(personId);
  if (!champion?.status) throw AppError.notFound('That Digital Champion');
  await deps.audit.record({
    actorPersonId: actor.personId,
    action: 'read',
    resource: 'champion-record',
    subjectPersonId: personId,
    details: { status: champion.status },
  });
  return profileOf(deps, champion);
}
