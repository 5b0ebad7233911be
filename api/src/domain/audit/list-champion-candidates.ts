import type { ChampionCandidate } from '../../contracts/skills-audit.js';
import { requireAnyRole, type Actor } from '../shared/actor.js';
import type { AuditDeps } from './audit-deps.js';
import { campaignRef } from './open-campaign.js';

/**
 * Staff whose latest audit shows strong, current skills, for the digital team to invite
 * as champions. Showing someone's confident categories is a read of their results, so
 * each person listed is written to the audit log.
 */
export async function listChampionCandidates(
  deps: Pick<AuditDeps, 'responses'>,
  actor: Actor,
): Promise<{ items: ChampionCandidate[]; total: number }> {
  requireAnyRole(actor, ['digital', 'hr'], 'see champion candidates');
  const rows = await deps.responses.championCandidates();
  const items = rows.map((row) => {
    const titles = new Map(row.summary.categories.map((category) => [category.key, category.title]));
    return {
      person: row.person,
      campaign: campaignRef(row.campaign),
      confidentCategories: row.summary.confidentCategories.map((key) => titles.get(key) ?? key),
      submittedAt: row.submittedAt.toISOString(),
    };
  });
  const others = rows.filter((row) => row.person.id !== actor.personId);
  if (others.length > 0) {
    await deps.responses.recordReads(
      others.map((row) => ({
        actorPersonId: actor.personId,
        action: 'read' as const,
        resource: 'audit-levels',
        subjectPersonId: row.person.id,
        details: { campaignId: row.campaign.id, view: 'champion-candidates' },
      })),
    );
  }
  return { items, total: items.length };
}
