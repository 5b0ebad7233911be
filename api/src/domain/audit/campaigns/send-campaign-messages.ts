import type { Clock } from '../../shared/clock.js';
import type { Microsoft365 } from '../../shared/microsoft365.js';
import { councilDate } from '../campaign-window.js';
import type { CampaignMessenger, SendOutcome } from './campaign-messenger.js';
import type { CampaignMessageQueue, ClaimedMessage } from './campaign-repository.js';
import { reasonNotToSend } from './plan-campaign-messages.js';
import { realTime, type RateLimiter, type TimeSource } from './rate-limiter.js';

/**
 * The sending loop: claims due messages one at a time, sends each through the bot at the
 * rate the limiter allows, and records what happened. One message is in flight at a
 * time, so a 429 from Teams holds everything behind it for as long as Retry-After says.
 */

export interface SendingPolicy {
  /** Tries for a message that keeps failing transiently (5xx, network) before it is marked failed. */
  maxAttempts: number;
  /** Wait before the next try after a transient failure; the last entry repeats. */
  retryDelaysMs: number[];
  /**
   * After asking Microsoft 365 to install the app for someone, how long to wait before each
   * look for the conversation Teams then starts with the bot; when these run out, the person
   * is listed as unreachable.
   */
  installWaitsMs: number[];
  /** Wait when Teams says 429 without a usable Retry-After. */
  defaultThrottleMs: number;
  /** The loop waits in-process for a message due this soon; later ones are left to the schedule. */
  maxIdleWaitMs: number;
  /** One run sends for at most this long, then hands over to a fresh run (keeps jobs short). */
  maxRunMs: number;
}

export const DEFAULT_SENDING_POLICY: SendingPolicy = {
  maxAttempts: 4,
  retryDelaysMs: [10_000, 60_000, 300_000],
  installWaitsMs: [120_000, 600_000, 1_800_000],
  defaultThrottleMs: 5_000,
  maxIdleWaitMs: 30_000,
  maxRunMs: 120_000,
};

export const REASONS = {
  throttled: 'Teams asked the hub to slow down; it will try again',
  waitingForInstall: 'Waiting for Teams to install the app for them',
  noAccount: 'Not reachable: no Microsoft 365 account',
  notInstalled: 'Not reachable: the app is not installed for them and could not be installed',
  interrupted: 'interrupted while sending; not resent to avoid a duplicate',
} as const;

export const INSTALL_ACTION = 'audit campaign: install the app to reach the person';

export interface SenderDeps {
  queue: CampaignMessageQueue;
  messenger: CampaignMessenger;
  microsoft365: Pick<Microsoft365, 'installAppForUser'>;
  teamsAppId: string;
  limiter: RateLimiter;
  clock: Clock;
  policy: SendingPolicy;
  time?: TimeSource;
}

export interface SendRunSummary {
  sent: number;
  retrying: number;
  failed: number;
  unreachable: number;
  skipped: number;
  /** The run stopped because it had run long enough, with messages perhaps still due. */
  handedOver: boolean;
}

type Result = 'sent' | 'retrying' | 'failed' | 'unreachable' | 'skipped';

function later(now: Date, ms: number): Date {
  return new Date(now.getTime() + ms);
}

function delayFor(delays: readonly number[], attempt: number): number {
  return delays[Math.min(attempt - 1, delays.length - 1)] ?? 0;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function whenUnreachable(deps: SenderDeps, message: ClaimedMessage): Promise<Result> {
  const { queue, clock, policy } = deps;
  const attempt = message.attempts + 1;
  if (!message.person.entraObjectId) {
    await queue.finish(message.id, 'unreachable', REASONS.noAccount, { countsAttempt: true });
    return 'unreachable';
  }
  if (attempt === 1) {
    // Installing the app makes Teams start a chat with the bot, which stores the reference
    // the next try needs. (In local mode this call goes to the outbox.)
    try {
      await deps.microsoft365.installAppForUser(INSTALL_ACTION, message.person.entraObjectId, deps.teamsAppId);
    } catch (error) {
      await queue.finish(message.id, 'unreachable', `${REASONS.notInstalled} (${describeError(error)})`, { countsAttempt: true });
      return 'unreachable';
    }
  }
  if (attempt > policy.installWaitsMs.length) {
    await queue.finish(message.id, 'unreachable', REASONS.notInstalled, { countsAttempt: true });
    return 'unreachable';
  }
  await queue.retryAt(message.id, later(clock.now(), delayFor(policy.installWaitsMs, attempt)), REASONS.waitingForInstall, { countsAttempt: true });
  return 'retrying';
}

async function record(deps: SenderDeps, message: ClaimedMessage, outcome: SendOutcome): Promise<Result> {
  const { queue, clock, policy, limiter } = deps;
  switch (outcome.kind) {
    case 'sent':
      await queue.markSent(message.id, clock.now());
      return 'sent';
    case 'throttled': {
      const wait = outcome.retryAfterMs ?? policy.defaultThrottleMs;
      limiter.pauseFor(wait);
      await queue.retryAt(message.id, later(clock.now(), wait), REASONS.throttled, { countsAttempt: false });
      return 'retrying';
    }
    case 'transient': {
      const attempt = message.attempts + 1;
      if (attempt >= policy.maxAttempts) {
        await queue.finish(message.id, 'failed', `Gave up after ${attempt} tries: ${outcome.reason}`, { countsAttempt: true });
        return 'failed';
      }
      await queue.retryAt(message.id, later(clock.now(), delayFor(policy.retryDelaysMs, attempt)), outcome.reason, { countsAttempt: true });
      return 'retrying';
    }
    case 'permanent':
      await queue.finish(message.id, 'failed', outcome.reason, { countsAttempt: true });
      return 'failed';
    case 'no-conversation':
      return whenUnreachable(deps, message);
  }
}

async function deliver(deps: SenderDeps, message: ClaimedMessage): Promise<Result> {
  let outcome: SendOutcome;
  try {
    outcome = await deps.messenger.send({
      step: message.step,
      campaign: { id: message.campaign.id, name: message.campaign.name, closesOn: message.campaign.closesOn },
      person: { id: message.person.id, displayName: message.person.displayName },
      started: message.responseStatus === 'draft',
    });
  } catch (error) {
    outcome = { kind: 'transient', reason: describeError(error) };
  }
  return record(deps, message, outcome);
}

/** Whether the claimed message should still go; if not, it is marked skipped and the token returned. */
async function skipIfNotNeeded(deps: SenderDeps, message: ClaimedMessage): Promise<boolean> {
  const reason = reasonNotToSend({
    step: message.step,
    today: councilDate(deps.clock.now()),
    campaign: message.campaign,
    personActive: message.person.active,
    responseStatus: message.responseStatus,
  });
  if (reason === undefined) return false;
  await deps.queue.finish(message.id, 'skipped', reason, { countsAttempt: false });
  deps.limiter.giveBack();
  return true;
}

/**
 * Sends every message that is due, until none is due within `maxIdleWaitMs`, the run has
 * lasted `maxRunMs`, or `signal` aborts (the server is stopping: the message in flight is
 * finished and recorded first, so nothing is left half-sent by a graceful stop).
 */
export async function sendDueCampaignMessages(deps: SenderDeps, signal: AbortSignal): Promise<SendRunSummary> {
  const time = deps.time ?? realTime;
  const startedAt = time.now();
  const summary: SendRunSummary = { sent: 0, retrying: 0, failed: 0, unreachable: 0, skipped: 0, handedOver: false };

  while (!signal.aborted) {
    if (time.now() - startedAt >= deps.policy.maxRunMs) {
      summary.handedOver = true;
      break;
    }
    // A long Retry-After is waited out by a later run, not by a job held open meanwhile.
    if (deps.limiter.pausedFor() > deps.policy.maxIdleWaitMs) break;
    if (!(await deps.limiter.take(signal))) break;
    const message = await deps.queue.claimNext(deps.clock.now());
    if (!message) {
      deps.limiter.giveBack();
      const next = await deps.queue.nextDueAt();
      const wait = next === undefined ? Infinity : next.getTime() - deps.clock.now().getTime();
      if (wait > deps.policy.maxIdleWaitMs) break;
      await time.sleep(Math.max(wait, 5), signal);
      continue;
    }
    if (await skipIfNotNeeded(deps, message)) {
      summary.skipped += 1;
      continue;
    }
    summary[await deliver(deps, message)] += 1;
  }
  return summary;
}
