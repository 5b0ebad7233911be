import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { DEFAULT_OBJECTIVE_SETTINGS, ObjectiveSettings } from '../../api/src/contracts/objectives.js';
import { createAppraisalYearRepository } from '../../api/src/db/appraisal-year-repository.js';
import { createAuditLogRepository } from '../../api/src/db/audit-log-repository.js';
import { createAuditResponseRepository } from '../../api/src/db/audit-response-repository.js';
import { createAuditSettingsRepository } from '../../api/src/db/audit-settings-repository.js';
import { createDirectoryRepository } from '../../api/src/db/directory-repository.js';
import { createFrameworkRepository } from '../../api/src/db/framework-repository.js';
import { createFrameworkWriter } from '../../api/src/db/framework-writer.js';
import { createObjectiveRepository } from '../../api/src/db/objective-repository.js';
import { createSettingsRepository } from '../../api/src/db/settings-repository.js';
import { ensureDefaultFramework } from '../../api/src/domain/audit/ensure-default-framework.js';
import { cachedFrameworkVersions } from '../../api/src/domain/audit/framework-index.js';
import type { ObjectiveDeps } from '../../api/src/domain/objectives/objective-deps.js';
import type { ObjectiveNotice } from '../../api/src/domain/objectives/objective-notifier.js';
import { proposeObjective } from '../../api/src/domain/objectives/propose-objective.js';
import { recordCheckIn } from '../../api/src/domain/objectives/record-check-in.js';
import { recordOutcome } from '../../api/src/domain/objectives/record-outcome.js';
import { agreeObjective, returnObjective } from '../../api/src/domain/objectives/review-objective.js';
import { withdrawObjective } from '../../api/src/domain/objectives/withdraw-objective.js';
import type { Actor } from '../../api/src/domain/shared/actor.js';
import type { Role } from '../../api/src/domain/shared/roles.js';
import { buildAppraisalYear, buildObjective } from '../factories/objectives.js';
import { buildPerson } from '../factories/people.js';
import { stillClock } from '../support/settable-clock.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * What the objective use cases tell people (the ObjectiveNotifier port), with the real
 * repositories: a proposal goes to the person's direct line manager, agreement, return and
 * outcome go to the person, each once and after the move is committed. A notifier that
 * throws never undoes or fails a move; its error goes to onNotifyError.
 */

type Told = [event: string, to: string, notice: ObjectiveNotice, by?: string];

let database: TestDatabase;
let deps: ObjectiveDeps;
let told: Told[] = [];
let notifierErrors: string[] = [];
let throwing = false;
const clock = stillClock('2026-05-01T09:00:00Z');
let yearId: string;
let person: Actor;
let manager: Actor;
let grandManager: Actor;
let loner: Actor;

function tell(entry: Told): Promise<void> {
  if (throwing) return Promise.reject(new Error('Teams is down'));
  told.push(entry);
  return Promise.resolve();
}

const actor = (personId: string, displayName: string, roles: Role[] = ['staff']): Actor => ({ personId, displayName, roles: new Set(roles) });

const statusOf = async (objectiveId: string) =>
  (await database.db.selectFrom('objectives').select('status').where('id', '=', objectiveId).executeTakeFirstOrThrow()).status;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await ensureDefaultFramework(createFrameworkWriter(db));
  const frameworks = createFrameworkRepository(db);
  const auditLog = createAuditLogRepository(db);
  deps = {
    directory: createDirectoryRepository(db),
    settings: createSettingsRepository(db, 'objectives', ObjectiveSettings, DEFAULT_OBJECTIVE_SETTINGS),
    objectives: createObjectiveRepository(db),
    years: createAppraisalYearRepository(db),
    frameworks,
    audit: {
      responses: createAuditResponseRepository(db),
      frameworks: cachedFrameworkVersions(frameworks),
      settings: createAuditSettingsRepository(db),
      audit: auditLog,
      clock,
    },
    notifier: {
      proposed: (notice, managerId) => tell(['proposed', managerId, notice]),
      agreed: (notice, by) => tell(['agreed', notice.person.id, notice, by.id]),
      returned: (notice, by) => tell(['returned', notice.person.id, notice, by.id]),
      outcomeRecorded: (notice, by) => tell(['outcomeRecorded', notice.person.id, notice, by.id]),
    },
    auditLog,
    clock,
    onNotifyError: (error, event) => notifierErrors.push(`${event}: ${String(error)}`),
  };
  yearId = await buildAppraisalYear(db);
  const grandManagerId = await buildPerson(db, { displayName: 'Gwen Grand' });
  const managerId = await buildPerson(db, { displayName: 'Mo Manager', lineManagerId: grandManagerId });
  const personId = await buildPerson(db, { displayName: 'Pat Person', lineManagerId: managerId });
  const lonerId = await buildPerson(db, { displayName: 'Lee Loner' });
  person = actor(personId, 'Pat Person');
  manager = actor(managerId, 'Mo Manager', ['staff', 'lineManager']);
  grandManager = actor(grandManagerId, 'Gwen Grand', ['staff', 'lineManager']);
  loner = actor(lonerId, 'Lee Loner');
});

afterAll(async () => {
  await database?.destroy();
});

beforeEach(() => {
  told = [];
  notifierErrors = [];
  throwing = false;
});

describe('proposeObjective', () => {
  it('tells the direct line manager, with the objective as proposed', async () => {
    const id = await buildObjective(database.db, person.personId, yearId, { title: 'Learn to use Teams channels' });
    await proposeObjective(deps, person, id);
    expect(told).toEqual([['proposed', manager.personId, expect.objectContaining({ id, title: 'Learn to use Teams channels', status: 'proposed' })]]);
    expect(told[0]![2].person).toEqual({ id: person.personId, displayName: 'Pat Person' });
  });

  it('tells nobody when the person has no line manager, and still proposes', async () => {
    const id = await buildObjective(database.db, loner.personId, yearId);
    const proposed = await proposeObjective(deps, loner, id);
    expect(proposed.status).toBe('proposed');
    expect(told).toEqual([]);
  });
});

describe('agreeObjective, returnObjective and recordOutcome', () => {
  it('tell the person who agreed it', async () => {
    const id = await buildObjective(database.db, person.personId, yearId, { status: 'proposed' });
    await agreeObjective(deps, grandManager, id, {});
    expect(told).toEqual([['agreed', person.personId, expect.objectContaining({ id, status: 'agreed' }), grandManager.personId]]);
  });

  it('tell the person who returned it, with the comment', async () => {
    const id = await buildObjective(database.db, person.personId, yearId, { status: 'proposed' });
    await returnObjective(deps, manager, id, { comment: 'Name the skill.' });
    expect(told).toEqual([['returned', person.personId, expect.objectContaining({ status: 'returned', returnComment: 'Name the skill.' }), manager.personId]]);
  });

  it('tell the person the outcome and the comment', async () => {
    const id = await buildObjective(database.db, person.personId, yearId, { status: 'in-progress' });
    await recordOutcome(deps, manager, id, { outcome: 'not-achieved', comment: 'Carry it into next year.' });
    expect(told).toEqual([
      ['outcomeRecorded', person.personId, expect.objectContaining({ status: 'completed', outcome: 'not-achieved', outcomeComment: 'Carry it into next year.' }), manager.personId],
    ]);
  });
});

describe('moves nobody is told of', () => {
  it('withdrawing and checking in tell nobody', async () => {
    const draft = await buildObjective(database.db, person.personId, yearId);
    await withdrawObjective(deps, person, draft, {});
    const agreed = await buildObjective(database.db, person.personId, yearId, { status: 'agreed' });
    await recordCheckIn(deps, person, agreed, { note: 'Started.', progress: 10 });
    expect(told).toEqual([]);
  });

  it('a refused move tells nobody', async () => {
    const id = await buildObjective(database.db, person.personId, yearId, { status: 'agreed' });
    await expect(agreeObjective(deps, manager, id, {})).rejects.toMatchObject({ status: 409 });
    expect(told).toEqual([]);
  });
});

describe('a notifier that throws', () => {
  it('never undoes the move: the answer comes back, the status is changed, and the error goes to onNotifyError', async () => {
    throwing = true;
    const id = await buildObjective(database.db, person.personId, yearId, { status: 'proposed' });

    const agreed = await agreeObjective(deps, manager, id, { comment: 'Yes.' });

    expect(agreed.status).toBe('agreed');
    expect(await statusOf(id)).toBe('agreed');
    expect(notifierErrors).toEqual(['agreed: Error: Teams is down']);
  });

  it('does the same for a proposal', async () => {
    throwing = true;
    const id = await buildObjective(database.db, person.personId, yearId);
    await proposeObjective(deps, person, id);
    expect(await statusOf(id)).toBe('proposed');
    expect(notifierErrors).toEqual(['proposed: Error: Teams is down']);
  });
});
