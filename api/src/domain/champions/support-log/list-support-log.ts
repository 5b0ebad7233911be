import type { AllSupportLogQuery, SupportLogPage, SupportLogQuery } from '../../../contracts/support-log.js';
import { requireAnyRole, type Actor } from '../../shared/actor.js';
import type { SupportLogDeps } from './support-log-deps.js';
import type { SupportLogFilter } from './support-log-repository.js';
import { currentCategories } from './skill-categories.js';
import { toSupportSessionDto } from './support-session-dto.js';

async function pageOf(deps: SupportLogDeps, actor: Actor, filter: SupportLogFilter, query: SupportLogQuery): Promise<SupportLogPage> {
  const [found, totals, categories] = await Promise.all([
    deps.supportLog.search(filter, { limit: query.limit, offset: query.offset }),
    deps.supportLog.totals(filter),
    currentCategories(deps.frameworks),
  ]);
  const now = deps.clock.now();
  return { items: found.items.map((record) => toSupportSessionDto(record, actor, categories, now)), total: found.total, totals };
}

/**
 * A person's own support log, newest first, with totals for the same filter. Anyone may
 * read their own: a champion who has stepped down still has a record of what they did.
 */
export function listMySupportLog(deps: SupportLogDeps, actor: Actor, query: SupportLogQuery): Promise<SupportLogPage> {
  return pageOf(deps, actor, { championId: actor.personId, kind: query.kind, from: query.from, to: query.to }, query);
}

/**
 * Every champion's sessions, for the digital team and HR who run the programme. It is other
 * people's record of their work, and says whom they helped with what: each read is logged.
 */
export async function listAllSupportLog(deps: SupportLogDeps, actor: Actor, query: AllSupportLogQuery): Promise<SupportLogPage> {
  requireAnyRole(actor, ['digital', 'hr'], "see every champion's support log");
  const filter = { championId: query.championId, kind: query.kind, from: query.from, to: query.to, categoryKey: query.categoryKey };
  const page = await pageOf(deps, actor, filter, query);
  await deps.audit.record({
    actorPersonId: actor.personId,
    action: 'read',
    resource: 'support-log',
    subjectPersonId: query.championId ?? null,
    details: { ...query, shown: page.items.length },
  });
  return page;
}
