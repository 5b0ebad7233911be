import type { LogDropInBody } from '../../../contracts/drop-ins.js';
import type { SupportSession } from '../../../contracts/support-log.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { councilDate } from '../../audit/campaign-window.js';
import { logSupportSession } from '../support-log/log-support-session.js';
import { currentCategories } from '../support-log/skill-categories.js';
import type { DropInDeps } from './drop-in-deps.js';
import { requireDropIn } from './drop-in-dto.js';

const MINUTE_MS = 60 * 1000;
const MAX_LOGGED_MINUTES = 600;

/**
 * Once a drop-in has ended its host logs it in their support log, in one step: the time,
 * the people booked and the skills come from the session unless the host says otherwise.
 */
export async function logDropIn(deps: DropInDeps, actor: Actor, id: string, body: LogDropInBody): Promise<SupportSession> {
  const record = await requireDropIn(deps, id, actor);
  if (record.host.id !== actor.personId) throw AppError.forbidden('Only the host can log a drop-in session.');
  if (record.status === 'cancelled') throw new AppError('conflict', 'A cancelled drop-in session cannot be logged.');
  if (record.endsAt > deps.clock.now()) throw new AppError('conflict', 'A drop-in session can be logged once it has ended.');

  // Skills since retired from the framework are left out rather than refused.
  const known = new Set((await currentCategories(deps.frameworks)).map((category) => category.key));
  const length = Math.round((record.endsAt.getTime() - record.startsAt.getTime()) / MINUTE_MS);
  const session = {
    kind: 'drop-in',
    happenedOn: councilDate(record.startsAt),
    minutes: body.minutes ?? Math.min(MAX_LOGGED_MINUTES, Math.max(1, length)),
    peopleHelped: body.peopleHelped ?? Math.max(1, record.registeredCount),
    categoryKeys: record.categoryKeys.filter((key) => known.has(key)),
    note: body.note ?? '',
  };
  return logSupportSession({ supportLog: deps.supportLog, frameworks: deps.frameworks, clock: deps.clock }, actor, session, { dropInId: id });
}
