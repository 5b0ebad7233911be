import type { HelpRequest } from '../../../contracts/help-requests.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import type { HelpRequestEvent } from './help-request-notifier.js';
import type { HelpRequestRecord } from './help-request-repository.js';
import { canView, chatsFor, toHelpRequestDto } from './help-request-view.js';

/** What every help-request use case shares: the framework's categories, finding a request, telling the bot. */

export interface FrameworkCategoryRef {
  key: string;
  title: string;
  /** The category's description and statements, for suggesting it from someone's words. */
  text: string;
}

/** The current framework's categories, in the framework's order. */
export async function currentCategories(deps: Pick<HelpRequestDeps, 'requests' | 'frameworks'>): Promise<FrameworkCategoryRef[]> {
  const versionId = await deps.requests.currentFrameworkVersionId();
  const framework = versionId ? await deps.frameworks.get(versionId) : undefined;
  if (!framework) throw new AppError('unavailable', 'The skills framework is not set up yet, so help requests cannot be made.');
  return framework.version.categories.map((category) => ({
    key: category.key,
    title: category.title,
    text: [category.description, ...category.statements.map((statement) => statement.text)].join(' '),
  }));
}

export async function categoryTitles(deps: Pick<HelpRequestDeps, 'requests' | 'frameworks'>): Promise<Map<string, string>> {
  return new Map((await currentCategories(deps)).map((category) => [category.key, category.title]));
}

export function requestNotFound(): AppError {
  return AppError.notFound('The help request');
}

/** The request, if the actor may see it; otherwise 404, so its existence is not given away. */
export async function findVisible(deps: Pick<HelpRequestDeps, 'requests'>, actor: Actor, requestId: string): Promise<HelpRequestRecord> {
  const record = await deps.requests.find(requestId);
  if (!record || !canView(actor, record)) throw requestNotFound();
  return record;
}

/** The request as it is after a committed change; it cannot have gone (requests are never deleted). */
export async function reload(deps: Pick<HelpRequestDeps, 'requests'>, requestId: string): Promise<HelpRequestRecord> {
  const record = await deps.requests.find(requestId);
  if (!record) throw new Error(`help request ${requestId} vanished after a committed change`);
  return record;
}

/**
 * Tells the bot about a committed change. The notifier is expected not to throw; if it does,
 * the change stands and the caller still gets its answer (see HelpRequestDeps).
 */
export async function notifyAfterCommit(deps: Pick<HelpRequestDeps, 'notifier' | 'onNotifyError'>, event: HelpRequestEvent): Promise<void> {
  try {
    await deps.notifier.notify(event);
  } catch (error) {
    if (deps.onNotifyError) deps.onNotifyError(error, event.kind);
    else process.stderr.write(`help request notifier failed on ${event.kind}: ${String(error)}\n`);
  }
}

/** The request as the notifier sees it, with both chat links. */
export function systemView(record: HelpRequestRecord, titles: ReadonlyMap<string, string>): { request: HelpRequest; chats: ReturnType<typeof chatsFor> } {
  return { request: toHelpRequestDto(record, titles, 'system'), chats: chatsFor(record) };
}

/** Why a change the actor asked for no longer applies, in words for them. */
export function conflictReason(record: HelpRequestRecord, actor: Actor): string {
  switch (record.status) {
    case 'claimed':
    case 'resolved':
      if (record.claimedBy?.id === actor.personId) return record.status === 'claimed' ? 'You have already taken this request.' : 'You have already resolved this request.';
      return `${record.claimedBy?.displayName ?? 'Another champion'} has already taken this request.`;
    case 'cancelled':
      return 'This request was cancelled by the person who asked for help.';
    case 'offered':
      return record.offeredTo?.id === actor.personId ? 'This request is waiting for you to accept or pass it.' : 'This request is offered to another champion at the moment.';
    case 'open-to-all':
      return 'This request is now open to every champion.';
  }
}
