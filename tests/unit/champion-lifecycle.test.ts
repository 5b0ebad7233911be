import { describe, expect, it } from '@jest/globals';
import { CHAMPION_STATUSES, type ChampionStatus } from '../../api/src/contracts/champions.js';
import type { ChampionDeps, ChampionNotice, StoredChampion, StatusWrite } from '../../api/src/domain/champions/lifecycle/champion-deps.js';
import {
  CHAMPION_MOVES,
  canMove,
  describeState,
  nextStatus,
  type ChampionMove,
  type ChampionState,
} from '../../api/src/domain/champions/lifecycle/champion-transitions.js';
import { pauseChampion, stepDown } from '../../api/src/domain/champions/lifecycle/change-availability.js';
import { inviteChampion } from '../../api/src/domain/champions/lifecycle/invite-champion.js';
import { approveChampion } from '../../api/src/domain/champions/lifecycle/review-volunteer.js';
import { volunteerAsChampion } from '../../api/src/domain/champions/lifecycle/volunteer-as-champion.js';
import type { Actor } from '../../api/src/domain/shared/actor.js';
import { AppError } from '../../api/src/domain/shared/app-error.js';
import type { Role } from '../../api/src/domain/shared/roles.js';

/** The lifecycle table, and the rules the use cases add to it (who may move, one write per move). */

const ALL_STATES: ChampionState[] = [null, ...CHAMPION_STATUSES];

const ALLOWED: Array<[ChampionMove, ChampionState, ChampionStatus]> = [
  ['volunteer', null, 'volunteered'],
  ['volunteer', 'stepped-down', 'volunteered'],
  ['volunteer', 'declined', 'volunteered'],
  ['invite', null, 'invited'],
  ['invite', 'stepped-down', 'invited'],
  ['invite', 'declined', 'invited'],
  ['accept-invitation', 'invited', 'active'],
  ['decline-invitation', 'invited', 'declined'],
  ['approve', 'volunteered', 'active'],
  ['decline', 'volunteered', 'declined'],
  ['pause', 'active', 'paused'],
  ['resume', 'paused', 'active'],
  ['step-down', 'active', 'stepped-down'],
  ['step-down', 'paused', 'stepped-down'],
];

const FORBIDDEN: Array<[ChampionMove, ChampionState]> = CHAMPION_MOVES.flatMap((move) =>
  ALL_STATES.filter((from) => !ALLOWED.some(([allowedMove, allowedFrom]) => allowedMove === move && allowedFrom === from)).map(
    (from): [ChampionMove, ChampionState] => [move, from],
  ),
);

const SOMEONE = { self: false, displayName: 'Priya Chauhan' };

function refusalOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the move to be refused');
}

describe('nextStatus', () => {
  it.each(ALLOWED)('allows %s from %s, leading to %s', (move, from, to) => {
    expect(canMove(move, from)).toBe(true);
    expect(nextStatus(move, from, SOMEONE)).toBe(to);
  });

  it.each(FORBIDDEN)('refuses %s from %s with a 409 that says why', (move, from) => {
    expect(canMove(move, from)).toBe(false);
    const error = refusalOf(() => nextStatus(move, from, SOMEONE));

    expect(error.code).toBe('conflict');
    expect(error.status).toBe(409);
    expect(error.message).toContain(describeState(from, SOMEONE));
    expect(error.message).toMatch(/^[A-Z].+\.$/);
  });

  it('covers every move from every state, once', () => {
    expect(ALLOWED.length + FORBIDDEN.length).toBe(CHAMPION_MOVES.length * ALL_STATES.length);
  });

  it('speaks to the person when they act on their own record', () => {
    const error = refusalOf(() => nextStatus('volunteer', 'active', { self: true, displayName: 'Priya Chauhan' }));

    expect(error.message).toBe('You can only volunteer if you are not a Digital Champion already: you are already an active Digital Champion.');
  });

  it('names the person when someone else acts on their record', () => {
    const error = refusalOf(() => nextStatus('approve', 'paused', SOMEONE));

    expect(error.message).toBe('Only a volunteer waiting for approval can be approved: Priya Chauhan is a Digital Champion whose support is paused.');
  });
});

// --- The use cases against an in-memory record store -------------------------------------

const PRIYA = 'c0000000-0000-4000-8000-000000000001';
const TOM = 'c0000000-0000-4000-8000-000000000002';
const SAM = 'c0000000-0000-4000-8000-000000000003';
const NOW = new Date('2026-11-20T09:30:00Z');

function actor(personId: string, displayName: string, roles: Role[] = []): Actor {
  return { personId, displayName, roles: new Set<Role>(['staff', ...roles]) };
}

const tom = actor(TOM, 'Tom Nguyen', ['digital']);
const sam = actor(SAM, 'Sam Whitfield');

function person(personId: string, displayName: string, status: ChampionStatus | null): StoredChampion {
  return {
    personId,
    displayName,
    email: `${displayName.toLowerCase().replace(' ', '.')}@example.gov.uk`,
    jobTitle: null,
    personStatus: 'active',
    status,
    profile: { specialisms: [], siteId: null, serviceId: null, workingDays: [1, 2, 3, 4, 5], capacity: 3, about: '' },
    site: null,
    service: null,
    load: 0,
    statusSince: null,
  };
}

function memoryDeps(people: StoredChampion[], options: { raceTo?: ChampionStatus } = {}) {
  const writes: StatusWrite[] = [];
  const notices: ChampionNotice[] = [];
  const byId = new Map(people.map((entry) => [entry.personId, entry]));
  const deps: ChampionDeps = {
    champions: {
      find: async (id) => byId.get(id),
      async changeStatus(write) {
        const current = byId.get(write.personId)!;
        // A change made by someone else in between: the conditional write finds nothing to update.
        if (options.raceTo) {
          current.status = options.raceTo;
          return false;
        }
        if (current.status !== write.from) return false;
        current.status = write.to;
        writes.push(write);
        return true;
      },
      history: async () => [],
      saveProfile: async () => true,
      places: async () => ({ sites: [], services: [] }),
      placesExist: async () => ({ site: true, service: true }),
      search: async () => ({ items: [], total: 0 }),
      countsByStatus: async () => Object.fromEntries(CHAMPION_STATUSES.map((status) => [status, 0])) as Record<ChampionStatus, number>,
      latestAudits: async () => new Map(),
      recordReads: async () => undefined,
    },
    frameworks: { current: async () => undefined },
    audit: { record: async () => undefined },
    notifier: {
      async notify(notice) {
        notices.push(notice);
        return true;
      },
    },
    clock: { now: () => NOW },
  };
  return { deps, writes, notices };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('volunteerAsChampion', () => {
  it('records the move with who made it and when, and tells nobody (they did it themselves)', async () => {
    const { deps, writes, notices } = memoryDeps([person(SAM, 'Sam Whitfield', null)]);

    const change = await volunteerAsChampion(deps, sam, { note: '  I like spreadsheets ' });

    expect(change).toMatchObject({ status: 'volunteered', personTold: null });
    expect(writes).toEqual([{ personId: SAM, from: null, to: 'volunteered', actorPersonId: SAM, note: 'I like spreadsheets', at: NOW }]);
    expect(notices).toEqual([]);
  });
});

describe('inviteChampion', () => {
  it('returns 403 when someone outside the digital team invites', async () => {
    const { deps, writes } = memoryDeps([person(PRIYA, 'Priya Chauhan', null)]);

    const error = await refusal(inviteChampion(deps, sam, { personId: PRIYA }));

    expect(error.status).toBe(403);
    expect(writes).toEqual([]);
  });

  it('tells the invited person through the notifier, with who invited them', async () => {
    const { deps, notices } = memoryDeps([person(PRIYA, 'Priya Chauhan', null)]);

    const change = await inviteChampion(deps, tom, { personId: PRIYA, note: 'You would be great' });

    expect(change).toMatchObject({ status: 'invited', personTold: true });
    expect(notices).toEqual([
      { move: 'invite', person: { id: PRIYA, displayName: 'Priya Chauhan' }, by: { id: TOM, displayName: 'Tom Nguyen' }, note: 'You would be great' },
    ]);
  });

  it('returns 409 for a leaver', async () => {
    const { deps } = memoryDeps([{ ...person(PRIYA, 'Priya Chauhan', null), personStatus: 'leaver' }]);

    const error = await refusal(inviteChampion(deps, tom, { personId: PRIYA }));

    expect(error.status).toBe(409);
    expect(error.message).toBe('Priya Chauhan has left the council, so cannot be invited.');
  });

  it('returns 404 for someone the directory does not have', async () => {
    const { deps } = memoryDeps([]);

    expect((await refusal(inviteChampion(deps, tom, { personId: PRIYA }))).status).toBe(404);
  });
});

describe('approveChampion', () => {
  it('returns 403 when a member of staff approves', async () => {
    const { deps } = memoryDeps([person(PRIYA, 'Priya Chauhan', 'volunteered')]);

    expect((await refusal(approveChampion(deps, sam, PRIYA))).status).toBe(403);
  });

  it('explains against the new status when someone else changed it first', async () => {
    const { deps, writes } = memoryDeps([person(PRIYA, 'Priya Chauhan', 'volunteered')], { raceTo: 'declined' });

    const error = await refusal(approveChampion(deps, tom, PRIYA));

    expect(error.status).toBe(409);
    expect(error.message).toContain('Priya Chauhan was not taken forward as a Digital Champion');
    expect(writes).toEqual([]);
  });
});

describe('pauseChampion and stepDown', () => {
  it('let the champion change their own availability', async () => {
    const { deps, notices } = memoryDeps([person(PRIYA, 'Priya Chauhan', 'active')]);
    const priya = actor(PRIYA, 'Priya Chauhan', ['champion']);

    await pauseChampion(deps, priya, PRIYA);
    const stepped = await stepDown(deps, priya, PRIYA);

    expect(stepped.status).toBe('stepped-down');
    expect(notices).toEqual([]);
  });

  it('returns 403 when a member of staff pauses someone else', async () => {
    const { deps } = memoryDeps([person(PRIYA, 'Priya Chauhan', 'active')]);

    const error = await refusal(pauseChampion(deps, sam, PRIYA));

    expect(error.status).toBe(403);
    expect(error.message).toBe('Only the champion themselves, the digital team and HR can pause a Digital Champion.');
  });

  it('tell the champion when the digital team makes the change', async () => {
    const { deps, notices } = memoryDeps([person(PRIYA, 'Priya Chauhan', 'active')]);

    await pauseChampion(deps, tom, PRIYA, { note: 'On leave until March' });

    expect(notices).toEqual([expect.objectContaining({ move: 'pause', note: 'On leave until March' })]);
  });
});
