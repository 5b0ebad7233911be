import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { PeoplePage } from '../../api/src/contracts/people.js';
import { PersonalDataExport } from '../../api/src/contracts/privacy.js';
import { demoEmail, demoEntraObjectId } from '../../api/src/demo/demo-council.js';
import { demoPersonId } from '../factories/people.js';
import { demoSession, problemOf } from '../support/http-client.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
let dave: string;
const NAME = 'Dave Hollis';
const EMAIL = demoEmail(NAME);

beforeAll(async () => {
  server = await startTestServer();
  dave = await demoPersonId(server.db, NAME);
  // Something Dave wrote, with his own name in it, before he left.
  const asked = await fetch(`${server.baseUrl}/api/help-requests`, {
    method: 'POST',
    headers: { ...(await demoSession(server, NAME)), 'content-type': 'application/json' },
    body: JSON.stringify({ question: `This is ${NAME}: how do I see my payslip online?`, categoryKey: 'digital-at-work' }),
  });
  expect(asked.status).toBe(200);
});
afterAll(() => server.close());

const erase = async (who: string, personId: string, confirmName: string) =>
  fetch(`${server.baseUrl}/api/people/${personId}/erasure`, {
    method: 'POST',
    headers: { ...(await demoSession(server, who)), 'content-type': 'application/json' },
    body: JSON.stringify({ confirmName }),
  });
const leaves = () => server.db.updateTable('people').set({ status: 'leaver', left_on: '2026-11-30' }).where('id', '=', dave).execute();
const daveNow = () => server.db.selectFrom('people').select(['display_name', 'email', 'entra_object_id']).where('id', '=', dave).executeTakeFirstOrThrow();

/** Every row of every text, JSON or array column of the database that contains `text`: `table.column` → count. */
async function everywhere(text: string): Promise<Record<string, number>> {
  const { rows: columns } = await sql<{ t: string; c: string }>`
    select table_name as t, column_name as c from information_schema.columns
    where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`.execute(server.db);
  const found: Record<string, number> = {};
  for (const { t, c } of columns) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)} where strpos(lower(${sql.ref(c)}::text), lower(${text})) > 0`.execute(server.db);
    if (rows[0]!.n > 0) found[`${t}.${c}`] = rows[0]!.n;
  }
  return found;
}

describe('POST /api/people/:id/erasure', () => {
  it('refuses anyone but HR with 403, saying in words who may', async () => {
    const refused = await erase('Alex Kowalski', dave, NAME);
    expect(refused.status).toBe(403);
    expect((await problemOf(refused)).detail).toBe('Only HR can erase someone’s data.');
  });

  it('refuses someone still at the council with 409, changing nothing', async () => {
    const response = await erase('Fiona Campbell', dave, NAME);
    expect(response.status).toBe(409);
    expect((await problemOf(response)).detail).toMatch(/Mark them as a leaver/);
    expect((await daveNow()).display_name).toBe(NAME);
  });

  it('refuses with 422 naming the field when the name typed is not theirs, changing nothing', async () => {
    await leaves();
    const response = await erase('Fiona Campbell', dave, 'Dave Holis');
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((error) => error.field)).toEqual(['body.confirmName']);
    expect((await daveNow()).display_name).toBe(NAME);
  });

  it('lists him among the leavers, for HR only', async () => {
    const found = PeoplePage.parse(await (await fetch(`${server.baseUrl}/api/leavers?q=hollis`, { headers: await demoSession(server, 'Fiona Campbell') })).json());
    expect(found.items.map((person) => person.displayName)).toEqual([NAME]);
    expect((await fetch(`${server.baseUrl}/api/leavers`, { headers: await demoSession(server, 'Gareth Morgan') })).status).toBe(403);
  });

  it('erases a leaver: their name, address and account are nowhere in the database afterwards', async () => {
    expect(Object.keys(await everywhere(NAME)).length).toBeGreaterThan(0);

    expect((await erase('Fiona Campbell', dave, ' dave hollis ')).status).toBe(204);

    expect(await daveNow()).toEqual({ display_name: 'Erased person', email: `erased-${dave}@erased.invalid`, entra_object_id: null });
    expect(await everywhere(NAME)).toEqual({});
    expect(await everywhere(EMAIL)).toEqual({});
    expect(await everywhere(demoEntraObjectId(EMAIL))).toEqual({});
    const leavers = PeoplePage.parse(await (await fetch(`${server.baseUrl}/api/leavers?q=erased`, { headers: await demoSession(server, 'Fiona Campbell') })).json());
    expect(leavers.total).toBe(0);
  });

  it('keeps what he counted towards, without what he wrote', async () => {
    const requests = await server.db.selectFrom('help_requests').select(['question', 'category_key']).where('requester_id', '=', dave).execute();
    expect(requests).toEqual([{ question: '', category_key: 'digital-at-work' }]);
  });

  it('writes to the audit log that HR erased him, and nothing of what was erased', async () => {
    const entries = await server.db.selectFrom('audit_log').select(['actor_person_id', 'details']).where('action', '=', 'erase').where('subject_person_id', '=', dave).execute();
    expect(entries).toEqual([{ actor_person_id: await demoPersonId(server.db, 'Fiona Campbell'), details: {} }]);
  });

  it('shows HR only the erased record when they download his data', async () => {
    const response = await fetch(`${server.baseUrl}/api/people/${dave}/data?format=json`, { headers: await demoSession(server, 'Fiona Campbell') });
    const data = PersonalDataExport.parse(await response.json());
    expect(data.person.displayName).toBe('Erased person');
    expect(JSON.stringify(data)).not.toContain('Hollis');
  });
});
