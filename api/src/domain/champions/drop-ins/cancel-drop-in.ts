import type { CancelDropInBody, DropIn } from '../../../contracts/drop-ins.js';
import { hasRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { currentCategories } from '../support-log/skill-categories.js';
import type { DropInDeps } from './drop-in-deps.js';
import { noticeFor, requireDropIn, toDropInDto } from './drop-in-dto.js';

/** The host, or the digital team who run the programme, call a session off; everyone booked is told. */
export async function cancelDropIn(deps: DropInDeps, actor: Actor, id: string, body: CancelDropInBody): Promise<DropIn> {
  const record = await requireDropIn(deps, id, actor);
  if (record.host.id !== actor.personId && !hasRole(actor, 'digital')) {
    throw AppError.forbidden('Only the host or the digital team can cancel a drop-in session.');
  }
  const now = deps.clock.now();
  if (record.status === 'cancelled') throw new AppError('conflict', 'This drop-in session is already cancelled.');
  if (record.endsAt <= now) throw new AppError('conflict', 'This drop-in session has already ended.');

  const result = await deps.dropIns.cancel(id, now);
  if (result.kind === 'not-scheduled') throw new AppError('conflict', 'This drop-in session was cancelled or ended a moment ago.');
  // Told one by one, as Teams limits how fast a bot may write, and after the answer: a full
  // session must not keep the host waiting. The notifier logs a failure and never throws.
  void (async () => {
    for (const registrant of result.registrants) await deps.notifier.cancelled(noticeFor(record, registrant.person), body.reason);
  })();
  const [updated, categories] = await Promise.all([requireDropIn(deps, id, actor), currentCategories(deps.frameworks)]);
  return toDropInDto(updated, actor, categories, now);
}
