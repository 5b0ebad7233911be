import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ImportResult } from '../../api/src/contracts/directory-import.js';
import { demoEmail, demoEntraObjectId } from '../../api/src/demo/demo-council.js';
import { demoPersonId } from '../factories/people.js';
import { demoSession, problemOf } from '../support/http-client.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SAM = demoEmail('Sam Whitfield');
const HEADER = 'email,display_name,job_title,service,site,line_manager_email,entra_object_id,status';
/** Sam as the directory has him, but for the account he signs in with. */
const fileGivingSam = (entraObjectId: string) =>
  [HEADER, `${SAM},Sam Whitfield,Customer Services Adviser,Customer Services,Civic Centre,${demoEmail('Gareth Morgan')},${entraObjectId},active`].join('\n');

async function importAsHr(csv: string, query = ''): Promise<Response> {
  return fetch(`${server.baseUrl}/api/directory/imports${query}`, {
    method: 'POST',
    headers: { ...(await demoSession(server, 'Fiona Campbell')), 'content-type': 'text/csv' },
    body: csv,
  });
}

async function samsIdentity(): Promise<string | null> {
  return (await server.db.selectFrom('people').select('entra_object_id').where('email', '=', SAM).executeTakeFirstOrThrow()).entra_object_id;
}

const identityEntries = () =>
  server.db.selectFrom('audit_log').select(['actor_person_id', 'subject_person_id', 'details']).where('resource', '=', 'sign-in-identity').execute();

describe('POST /api/directory/imports that changes who someone signs in as', () => {
  const other = randomUUID();

  it('lists the person in a dry run, changing nothing', async () => {
    const result = ImportResult.parse(await (await importAsHr(fileGivingSam(other), '?dryRun=true')).json());
    expect(result.identityChanges).toEqual([{ line: 2, email: SAM, displayName: 'Sam Whitfield' }]);
    expect(await samsIdentity()).toBe(demoEntraObjectId(SAM));
  });

  it('refuses to apply it unconfirmed with 409 naming the row, and writes nothing', async () => {
    const response = await importAsHr(fileGivingSam(other));
    expect(response.status).toBe(409);
    expect((await problemOf(response)).errors).toEqual([
      { field: 'rows[2].entra_object_id', row: 2, column: 'entra_object_id', message: `would make Sam Whitfield (${SAM}) sign in with another Microsoft 365 account` },
    ]);
    expect(await samsIdentity()).toBe(demoEntraObjectId(SAM));
    expect(await identityEntries()).toEqual([]);
  });

  it('applies it once confirmed, and the audit log names the person, who changed it and from what to what', async () => {
    const response = await importAsHr(fileGivingSam(other), '?confirmIdentityChanges=true');
    expect(ImportResult.parse(await response.json())).toMatchObject({ updated: 1, identityChanges: [{ email: SAM }] });
    expect(await samsIdentity()).toBe(other);
    expect(await identityEntries()).toEqual([
      {
        actor_person_id: await demoPersonId(server.db, 'Fiona Campbell'),
        subject_person_id: await demoPersonId(server.db, 'Sam Whitfield'),
        details: { source: 'csv', email: SAM, from: demoEntraObjectId(SAM), to: other },
      },
    ]);
  });

  it('needs no confirmation for a file that keeps everyone’s account', async () => {
    const response = await importAsHr(fileGivingSam(other));
    expect(ImportResult.parse(await response.json())).toMatchObject({ unchanged: 1, identityChanges: [] });
  });
});
