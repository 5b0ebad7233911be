import type { Objective } from '../../contracts/objectives.js';
import type { ObjectiveDeps } from './objective-deps.js';
import type { ObjectiveNotice, ObjectiveNotifier } from './objective-notifier.js';

/** What every card about an objective shows, from the objective as anyone may be told of it. */
export function noticeOf(objective: Objective): ObjectiveNotice {
  const { id, person, year, kind, title, successMeasure, targetDate, status, returnComment, outcome, outcomeComment } = objective;
  return { id, person, year, kind, title, successMeasure, targetDate, status, returnComment, outcome, outcomeComment };
}

/**
 * Tells people about a committed move. The notifier is expected not to throw; if it does,
 * the move stands and the caller still gets its answer (see ObjectiveDeps).
 */
export async function notifyAfterCommit(
  deps: Pick<ObjectiveDeps, 'notifier' | 'onNotifyError'>,
  event: keyof ObjectiveNotifier,
  send: (notifier: ObjectiveNotifier) => Promise<void>,
): Promise<void> {
  try {
    await send(deps.notifier);
  } catch (error) {
    if (deps.onNotifyError) deps.onNotifyError(error, event);
    else process.stderr.write(`objective notifier failed on ${event}: ${String(error)}\n`);
  }
}
