import type { ChampionStrength } from '../../../contracts/champions.js';
import { skillProfileFrom } from '../skill-profile.js';
import type { ChampionDeps, LatestAudit } from './champion-deps.js';

/** Category titles as the current framework words them, by key (strengths outlive framework versions). */
export async function currentCategoryTitles(deps: Pick<ChampionDeps, 'frameworks'>): Promise<ReadonlyMap<string, string>> {
  const framework = await deps.frameworks.current();
  return new Map((framework?.categories ?? []).map((category) => [category.key, category.title]));
}

/**
 * What a champion is strong in, from their latest audit, in the current framework's order.
 * A category the current framework no longer has keeps the title it had when they answered.
 */
export function strengthsFrom(audit: LatestAudit | undefined, titles: ReadonlyMap<string, string>): ChampionStrength[] {
  if (!audit) return [];
  const { strengths } = skillProfileFrom(audit.categories);
  const order = [...titles.keys()];
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  return audit.categories
    .filter((category) => strengths.has(category.key))
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map((category) => ({ categoryKey: category.key, title: titles.get(category.key) ?? category.title, level: strengths.get(category.key)! }));
}
