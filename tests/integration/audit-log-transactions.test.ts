import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createAppraisalYearRepository } from '../../api/src/db/appraisal-year-repository.js';
import { createCampaignRepository } from '../../api/src/db/campaign-repository.js';
import { createAuditSettingsRepository } from '../../api/src/db/audit-settings-repository.js';
import type { AuditEntryInput } from '../../api/src/domain/shared/audit-log.js';
import { demoPersonId } from '../factories/people.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** An entry the database refuses (it names a person who does not exist), as a failing audit write would be. */
const unwritable = (): AuditEntryInput => ({ actorPersonId: randomUUID(), action: 'update', resource: 'test' });
const count = async (table: 'audit_campaigns' | 'appraisal_years') =>
  (await server.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

describe('a change and its audit entry are one transaction: when the entry cannot be written, nothing changes', () => {
  it('holds for settings', async () => {
    const settings = createAuditSettingsRepository(server.db);
    const before = await settings.get();
    const by = await demoPersonId(server.db, 'Fiona Campbell');

    await expect(settings.save({ ...before, managersSeeLevels: !before.managersSeeLevels }, by, unwritable())).rejects.toThrow();

    expect(await settings.get()).toEqual(before);
  });

  it('holds for creating a campaign', async () => {
    const before = await count('audit_campaigns');
    const framework = await server.db.selectFrom('framework_versions').select('id').executeTakeFirstOrThrow();
    const campaign = {
      name: 'Spring audit',
      opensOn: '2027-03-01',
      closesOn: '2027-03-31',
      population: { kind: 'everyone' as const },
      reminderDays: [],
      frameworkVersionId: framework.id,
      createdBy: await demoPersonId(server.db, 'Fiona Campbell'),
    };

    await expect(createCampaignRepository(server.db).create(campaign, unwritable)).rejects.toThrow();

    expect(await count('audit_campaigns')).toBe(before);
  });

  it('holds for creating an appraisal year', async () => {
    const before = await count('appraisal_years');
    const year = { label: '2040 to 2041', startsOn: '2040-04-01', endsOn: '2041-03-31', agreeBy: '2040-06-30', createdBy: await demoPersonId(server.db, 'Fiona Campbell'), at: new Date() };

    await expect(createAppraisalYearRepository(server.db).create(year, unwritable)).rejects.toThrow();

    expect(await count('appraisal_years')).toBe(before);
  });
});
