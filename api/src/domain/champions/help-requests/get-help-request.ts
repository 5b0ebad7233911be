import type { HelpRequest } from '../../../contracts/help-requests.js';
import { hasRole, type Actor } from '../../shared/actor.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import type { HelpRequestRecord } from './help-request-repository.js';
import { categoryTitles, findVisible } from './help-request-common.js';
import { toHelpRequestDto } from './help-request-view.js';

/** Whether the actor is part of the request (as asker or champion) rather than reading it as the digital team. */
function involved(actor: Actor, record: HelpRequestRecord): boolean {
  const me = actor.personId;
  if (record.requester.id === me || record.claimedBy?.id === me) return true;
  if (record.status === 'offered' && record.offeredTo?.id === me) return true;
  return record.status === 'open-to-all' && hasRole(actor, 'champion');
}

/**
 * One request: for the person who asked, the champion it is offered to or who took it, any
 * champion while it is open to all, and the digital team (whose reads are audit-logged).
 * Anyone else gets 404, whether or not it exists.
 */
export async function getHelpRequest(deps: HelpRequestDeps, actor: Actor, requestId: string): Promise<HelpRequest> {
  const record = await findVisible(deps, actor, requestId);
  if (!involved(actor, record)) {
    await deps.audit.record({
      actorPersonId: actor.personId,
      action: 'read',
      resource: 'help-request',
      subjectPersonId: record.requester.id,
      details: { requestId },
    });
  }
  return toHelpRequestDto(record, await categoryTitles(deps), actor);
}
