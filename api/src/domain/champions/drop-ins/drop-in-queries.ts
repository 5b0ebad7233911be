import type { DropIn, DropInPage, DropInQuery, DropInSites, HostedDropInList } from '../../../contracts/drop-ins.js';
import type { Actor } from '../../shared/actor.js';
import { currentCategories } from '../support-log/skill-categories.js';
import { HOSTED_HISTORY_DAYS, type DropInDeps } from './drop-in-deps.js';
import { requireDropIn, toDropInDto, toHostedDto } from './drop-in-dto.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Sessions anyone can book or join, soonest first, with places left and whether I have one. */
export async function listDropIns(deps: DropInDeps, actor: Actor, query: DropInQuery): Promise<DropInPage> {
  const now = deps.clock.now();
  const filter = { categoryKey: query.categoryKey, siteId: query.siteId, format: query.format };
  const [page, categories] = await Promise.all([
    deps.dropIns.listUpcoming(filter, now, actor.personId, { limit: query.limit, offset: query.offset }),
    currentCategories(deps.frameworks),
  ]);
  return { items: page.items.map((record) => toDropInDto(record, actor, categories, now)), total: page.total };
}

export async function getDropIn(deps: DropInDeps, actor: Actor, id: string): Promise<DropIn> {
  const [record, categories] = await Promise.all([requireDropIn(deps, id, actor), currentCategories(deps.frameworks)]);
  return toDropInDto(record, actor, categories, deps.clock.now());
}

/**
 * The sessions I host, with who is coming: upcoming ones, and those of the last 30 days
 * so I can log them. Only ever my own, so nobody else's names are read here.
 */
export async function listMyHostedDropIns(deps: DropInDeps, actor: Actor): Promise<HostedDropInList> {
  const now = deps.clock.now();
  const records = await deps.dropIns.listHosted(actor.personId, new Date(now.getTime() - HOSTED_HISTORY_DAYS * DAY_MS));
  const [registrants, categories] = await Promise.all([
    deps.dropIns.registrants(records.map((record) => record.id)),
    currentCategories(deps.frameworks),
  ]);
  return { items: records.map((record) => toHostedDto(record, registrants.get(record.id) ?? [], actor, categories, now)) };
}

/** The council's sites, for choosing where an in-person session happens and for finding one nearby. */
export async function listDropInSites(deps: DropInDeps): Promise<DropInSites> {
  return { sites: await deps.dropIns.sites() };
}
