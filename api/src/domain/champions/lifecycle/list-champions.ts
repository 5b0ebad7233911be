import { CHAMPION_STATUSES, type ChampionList, type ChampionListItem, type ChampionListQuery } from '../../../contracts/champions.js';
import { hasAnyRole, type Actor } from '../../shared/actor.js';
import { teamsChatUrl } from '../teams-chat-link.js';
import { PROGRAMME_LEADS } from './apply-move.js';
import type { ChampionDeps, StoredChampion } from './champion-deps.js';
import { personRefOf } from './champion-profile.js';
import { currentCategoryTitles, strengthsFrom } from './champion-strengths.js';

// Champions share their strengths to be found; anyone else's come from an audit they did not publish.
const SHARING = new Set(['active', 'paused']);

/**
 * The digital team and HR see every champion record, by status, with counts; everyone else
 * sees the active champions and what they share (name, service, site, specialisms,
 * strengths, about), so they can find one. Strengths of people who are not champions
 * (volunteers, invited people) shown to the digital team or HR are audit-logged.
 */
export async function listChampions(deps: ChampionDeps, actor: Actor, query: ChampionListQuery): Promise<ChampionList> {
  const seesAll = hasAnyRole(actor, ['digital', 'hr']);
  const found = await deps.champions.search({
    statuses: seesAll ? (query.status ? [query.status] : CHAMPION_STATUSES) : ['active'],
    activePeopleOnly: !seesAll,
    text: query.q || undefined,
    limit: query.limit,
    offset: query.offset,
  });
  const [audits, titles, counts] = await Promise.all([
    deps.champions.latestAudits(found.items.map((item) => item.personId)),
    currentCategoryTitles(deps),
    seesAll ? deps.champions.countsByStatus() : Promise.resolve(null),
  ]);
  const items = found.items.map((champion): ChampionListItem => ({
    person: personRefOf(champion),
    status: champion.status!,
    site: champion.site,
    service: champion.service,
    specialisms: champion.profile.specialisms,
    strengths: strengthsFrom(audits.get(champion.personId), titles),
    about: champion.profile.about,
    chatUrl: teamsChatUrl(champion.email),
    details: seesAll ? detailsOf(champion) : null,
  }));
  const unpublished = items.filter((item) => item.strengths.length > 0 && !SHARING.has(item.status) && item.person.id !== actor.personId);
  if (unpublished.length > 0) {
    await deps.champions.recordReads(
      unpublished.map((item) => ({
        actorPersonId: actor.personId,
        action: 'read' as const,
        resource: 'audit-levels',
        subjectPersonId: item.person.id,
        details: { view: 'champions-list', status: item.status },
      })),
    );
  }
  return { items, total: found.total, counts, canManage: hasAnyRole(actor, PROGRAMME_LEADS) };
}

function detailsOf(champion: StoredChampion): NonNullable<ChampionListItem['details']> {
  return {
    email: champion.email,
    jobTitle: champion.jobTitle,
    capacity: champion.profile.capacity,
    load: champion.load,
    statusSince: (champion.statusSince ?? new Date(0)).toISOString(),
  };
}
