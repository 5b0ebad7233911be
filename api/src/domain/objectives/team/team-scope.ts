import { hasRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { TeamObjectiveDeps } from './team-objective-deps.js';
import type { TeamPeople } from './team-objective-repository.js';

export interface ResolvedTeam {
  isHr: boolean;
  /** Everyone the one asking may see: the council for HR, their own reporting line for a manager. */
  base: TeamPeople;
  /** What they asked to see, inside `base`. */
  people: TeamPeople;
}

/** Line managers see their whole reporting line; HR sees the council. Nobody else sees anyone's objectives here. */
export function requireTeamViewer(actor: Actor, action: string): { isHr: boolean } {
  const isHr = hasRole(actor, 'hr');
  if (!isHr && !hasRole(actor, 'lineManager')) throw AppError.forbidden(`Only line managers and HR can ${action}.`);
  return { isHr };
}

/** The people the one asking may see, as a scope: HR the council, a line manager their own line. */
export function baseScope(actor: Actor, isHr: boolean, serviceId?: string): TeamPeople {
  return isHr ? { scope: { kind: 'council' }, serviceId } : { scope: { kind: 'line', managerId: actor.personId } };
}

/**
 * Narrows the view to one manager's team. A manager outside the asker's line gets the same
 * 404 as one that does not exist, so the view never confirms who manages whom elsewhere.
 */
export async function resolveTeam(
  deps: Pick<TeamObjectiveDeps, 'directory'>,
  actor: Actor,
  query: { teamManagerId?: string | undefined; serviceId?: string | undefined },
): Promise<ResolvedTeam> {
  const { isHr } = requireTeamViewer(actor, 'see a team’s digital objectives');
  if (query.serviceId && !isHr) throw AppError.forbidden('Only HR can look across the council by service.');
  const base = baseScope(actor, isHr, query.serviceId);
  const managerId = query.teamManagerId;
  if (!managerId) return { isHr, base, people: base };
  if (managerId !== actor.personId) {
    const visible = isHr
      ? (await deps.directory.findPerson(managerId)) !== undefined
      : await deps.directory.isInManagementChain(actor.personId, managerId);
    if (!visible) throw AppError.notFound('That team');
  }
  return { isHr, base, people: { scope: { kind: 'line', managerId }, serviceId: query.serviceId } };
}
