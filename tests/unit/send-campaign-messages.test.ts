import { describe, expect, it } from '@jest/globals';
import type { CampaignMessage, SendOutcome } from '../../api/src/domain/audit/campaigns/campaign-messenger.js';
import type { CampaignMessageQueue, ClaimedMessage } from '../../api/src/domain/audit/campaigns/campaign-repository.js';
import { createRateLimiter, type TimeSource } from '../../api/src/domain/audit/campaigns/rate-limiter.js';
import {
  DEFAULT_SENDING_POLICY,
  INSTALL_ACTION,
  REASONS,
  sendDueCampaignMessages,
  type SendingPolicy,
} from '../../api/src/domain/audit/campaigns/send-campaign-messages.js';

/**
 * The sending loop against an in-memory queue, a scripted messenger and time that only
 * moves when the loop waits: what it does with each outcome Teams can give.
 */

const START = new Date('2026-11-02T10:00:00Z').getTime();

interface Row extends ClaimedMessage {
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'unreachable' | 'skipped';
  dueAt: number;
  reason: string | null;
}

function memoryQueue(rows: Row[]): CampaignMessageQueue {
  const byId = (id: number) => rows.find((row) => row.id === id)!;
  const settle = (id: number, status: Row['status'], reason: string | null, countsAttempt: boolean) => {
    const row = byId(id);
    row.status = status;
    row.reason = reason;
    if (countsAttempt) row.attempts += 1;
  };
  return {
    async claimNext(now) {
      const row = rows.filter((candidate) => candidate.status === 'pending' && candidate.dueAt <= now.getTime()).sort((a, b) => a.dueAt - b.dueAt)[0];
      if (!row) return undefined;
      row.status = 'sending';
      return { ...row };
    },
    async markSent(id) {
      settle(id, 'sent', null, true);
    },
    async retryAt(id, at, reason, { countsAttempt }) {
      settle(id, 'pending', reason, countsAttempt);
      byId(id).dueAt = at.getTime();
    },
    async finish(id, status, reason, { countsAttempt }) {
      settle(id, status, reason, countsAttempt);
    },
    async nextDueAt() {
      const due = rows.filter((row) => row.status === 'pending').map((row) => row.dueAt);
      return due.length > 0 ? new Date(Math.min(...due)) : undefined;
    },
    failInterrupted: async () => 0,
    openCampaigns: async () => [],
    createStep: async () => 0,
  };
}

let nextId = 1;
function message(overrides: Partial<Row> = {}): Row {
  const id = nextId++;
  return {
    id,
    step: 'invitation',
    attempts: 0,
    campaign: { id: 'campaign-1', name: 'Autumn audit', closesOn: '2026-11-30', status: 'launched' },
    person: { id: `person-${id}`, displayName: `Person ${id}`, entraObjectId: `oid-${id}`, active: true },
    responseStatus: null,
    status: 'pending',
    dueAt: START,
    reason: null,
    ...overrides,
  };
}

function harness(rows: Row[], script: (message: CampaignMessage, attempt: number) => SendOutcome, policy: Partial<SendingPolicy> = {}) {
  const time = { at: 0 };
  const source: TimeSource = {
    now: () => time.at,
    sleep: async (ms, signal) => {
      if (!signal?.aborted) time.at += ms;
    },
  };
  const tries = new Map<string, number>();
  const sent: CampaignMessage[] = [];
  const installs: string[] = [];
  const limiter = createRateLimiter({ ratePerSecond: 100, time: source });
  const deps = {
    queue: memoryQueue(rows),
    messenger: {
      async send(outgoing: CampaignMessage) {
        const attempt = (tries.get(outgoing.person.id) ?? 0) + 1;
        tries.set(outgoing.person.id, attempt);
        const outcome = script(outgoing, attempt);
        if (outcome.kind === 'sent') sent.push(outgoing);
        return outcome;
      },
    },
    microsoft365: {
      async installAppForUser(action: string, objectId: string) {
        expect(action).toBe(INSTALL_ACTION);
        installs.push(objectId);
      },
    },
    teamsAppId: 'app-id',
    limiter,
    clock: { now: () => new Date(START + time.at) },
    policy: { ...DEFAULT_SENDING_POLICY, maxIdleWaitMs: 60 * 60_000, maxRunMs: 24 * 60 * 60_000, ...policy },
    time: source,
  };
  return { deps, time, sent, installs, limiter, run: () => sendDueCampaignMessages(deps, new AbortController().signal) };
}

describe('sendDueCampaignMessages', () => {
  it('sends each due message once and records it sent', async () => {
    const rows = [message(), message(), message()];
    const { run, sent } = harness(rows, () => ({ kind: 'sent' }));

    const summary = await run();

    expect(summary).toMatchObject({ sent: 3, failed: 0 });
    expect(sent.map((outgoing) => outgoing.person.id)).toEqual(rows.map((row) => row.person.id));
    expect(rows.map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('retries a transient failure after the policy’s delays, then gives up with the reason', async () => {
    const rows = [message()];
    const { run, time } = harness(rows, () => ({ kind: 'transient', reason: 'Teams answered 502: bad gateway' }), {
      maxAttempts: 3,
      retryDelaysMs: [1000, 5000],
    });

    await run();

    expect(rows[0]).toMatchObject({ status: 'failed', attempts: 3, reason: 'Gave up after 3 tries: Teams answered 502: bad gateway' });
    expect(time.at).toBeGreaterThanOrEqual(6000);
  });

  it('recovers from a transient failure on the next try', async () => {
    const rows = [message()];
    const { run } = harness(rows, (_, attempt) => (attempt === 1 ? { kind: 'transient', reason: 'socket hang up' } : { kind: 'sent' }));

    await run();

    expect(rows[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('fails at once what Teams refuses for good', async () => {
    const rows = [message()];
    const { run } = harness(rows, () => ({ kind: 'permanent', reason: 'Teams refused the message (403): blocked by the user' }));

    await run();

    expect(rows[0]).toMatchObject({ status: 'failed', attempts: 1, reason: 'Teams refused the message (403): blocked by the user' });
  });

  it('holds everything for Retry-After when Teams says 429, without counting it as a try', async () => {
    const rows = [message(), message()];
    const sentAt: number[] = [];
    const { run, time } = harness(rows, (_, attempt) => {
      if (attempt === 1 && sentAt.length === 0) return { kind: 'throttled', retryAfterMs: 3000 };
      sentAt.push(time.at);
      return { kind: 'sent' };
    });

    await run();

    expect(rows.map((row) => row.status)).toEqual(['sent', 'sent']);
    expect(rows[0]!.attempts).toBe(1);
    expect(Math.min(...sentAt)).toBeGreaterThanOrEqual(3000);
  });

  it('asks Microsoft 365 to install the app for someone the bot has no chat with, waits, then lists them as unreachable', async () => {
    const rows = [message()];
    const { run, installs, time } = harness(rows, () => ({ kind: 'no-conversation' }), { installWaitsMs: [60_000, 300_000] });

    await run();

    expect(installs).toEqual([rows[0]!.person.entraObjectId]);
    expect(rows[0]).toMatchObject({ status: 'unreachable', reason: REASONS.notInstalled, attempts: 3 });
    expect(time.at).toBeGreaterThanOrEqual(360_000);
  });

  it('sends once the installation has brought a chat with the bot', async () => {
    const rows = [message()];
    const { run } = harness(rows, (_, attempt) => (attempt === 1 ? { kind: 'no-conversation' } : { kind: 'sent' }));

    await run();

    expect(rows[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('lists someone without a Microsoft 365 account as unreachable at once', async () => {
    const rows = [message({ person: { id: 'p', displayName: 'No Account', entraObjectId: null, active: true } })];
    const { run, installs } = harness(rows, () => ({ kind: 'no-conversation' }));

    await run();

    expect(installs).toEqual([]);
    expect(rows[0]).toMatchObject({ status: 'unreachable', reason: REASONS.noAccount });
  });

  it('skips a reminder to someone who has submitted since, and anything for a closed campaign', async () => {
    const rows = [
      message({ step: 'reminder-7', responseStatus: 'submitted' }),
      message({ campaign: { id: 'campaign-2', name: 'Closed', closesOn: '2026-11-30', status: 'closed' } }),
    ];
    const { run, sent } = harness(rows, () => ({ kind: 'sent' }));

    const summary = await run();

    expect(summary.skipped).toBe(2);
    expect(sent).toEqual([]);
    expect(rows.map((row) => row.reason)).toEqual(['They had already submitted their audit', 'The campaign closed before this was sent']);
  });

  it('tells a reminder someone has started that their answers are waiting', async () => {
    const rows = [message({ step: 'reminder-1', responseStatus: 'draft' })];
    const { run, sent } = harness(rows, () => ({ kind: 'sent' }));

    await run();

    expect(sent[0]).toMatchObject({ step: 'reminder-1', started: true });
  });

  it('stops before claiming anything when the server is stopping', async () => {
    const rows = [message()];
    const { deps } = harness(rows, () => ({ kind: 'sent' }));
    const stopping = new AbortController();
    stopping.abort();

    await sendDueCampaignMessages(deps, stopping.signal);

    expect(rows[0]!.status).toBe('pending');
  });
});
