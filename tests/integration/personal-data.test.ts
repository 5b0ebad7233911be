import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { PersonalDataExport } from '../../api/src/contracts/privacy.js';
import { demoEmail } from '../../api/src/demo/demo-council.js';
import { RECORDS_WHO_CHANGED_IT, SECTION_QUERIES } from '../../api/src/db/personal-data-repository.js';
import { PERSONAL_DATA_SECTIONS } from '../../api/src/domain/privacy/personal-data-sections.js';
import { demoPersonId } from '../factories/people.js';
import { demoSession } from '../support/http-client.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
let sam: string;
beforeAll(async () => {
  server = await startTestServer();
  sam = await demoPersonId(server.db, 'Sam Whitfield');
});
afterAll(() => server.close());

const as = (displayName: string) => demoSession(server, displayName);
const download = async (displayName: string, path: string) => fetch(`${server.baseUrl}${path}`, { headers: await as(displayName) });
const QUESTION = 'How do I share <b>my</b> calendar? <script>alert("hi")</script>';

async function askForHelp(): Promise<void> {
  const response = await fetch(`${server.baseUrl}/api/help-requests`, {
    method: 'POST',
    headers: { ...(await as('Sam Whitfield')), 'content-type': 'application/json' },
    body: JSON.stringify({ question: QUESTION, categoryKey: 'digital-at-work' }),
  });
  expect(response.status).toBe(200);
}

describe('what a download of personal data holds', () => {
  it('has a section for every column of the database that names a person, or says why that column is not about them', async () => {
    const { rows } = await sql<{ name: string }>`
      select c.conrelid::regclass::text || '.' || a.attname as name
      from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
      where c.contype = 'f' and c.confrelid = 'people'::regclass`.execute(server.db);
    const accounted = [...Object.values(SECTION_QUERIES).flatMap((section) => section.covers), ...RECORDS_WHO_CHANGED_IT];
    expect(rows.map((row) => row.name).sort()).toEqual([...accounted].sort());
  });
});

describe('GET /api/me/data', () => {
  it('gives Sam everything about him as JSON, section by section, with what he wrote and without his session’s secret', async () => {
    await askForHelp();
    const response = await download('Sam Whitfield', '/api/me/data?format=json');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="digital-culture-hub-data-sam-whitfield-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = PersonalDataExport.parse(await response.json());
    expect(data.person).toEqual({ id: sam, displayName: 'Sam Whitfield' });
    expect(data.sections.map((section) => section.key)).toEqual(PERSONAL_DATA_SECTIONS.map((section) => section.key));
    const section = (key: string) => data.sections.find((candidate) => candidate.key === key)!.rows;
    expect(section('directory-entry')).toEqual([expect.objectContaining({ email: demoEmail('Sam Whitfield'), line_manager: 'Gareth Morgan' })]);
    expect(section('help-requests-asked')).toEqual([expect.objectContaining({ question: QUESTION })]);
    expect(section('sign-in-sessions').length).toBeGreaterThan(0);
    expect(JSON.stringify(section('sign-in-sessions'))).not.toMatch(/token/);
  });

  it('gives the same as a document to read, with everything he wrote shown as text', async () => {
    const response = await download('Sam Whitfield', '/api/me/data');

    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<h1>The data Digital Culture Hub holds about Sam Whitfield</h1>');
    expect(html).toContain('How do I share &lt;b&gt;my&lt;/b&gt; calendar? &lt;script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('writes each download to the audit log', async () => {
    const entries = await server.db.selectFrom('audit_log').select(['actor_person_id', 'subject_person_id']).where('resource', '=', 'personal-data').execute();
    expect(entries).toEqual([
      { actor_person_id: sam, subject_person_id: sam },
      { actor_person_id: sam, subject_person_id: sam },
    ]);
  });
});

describe('GET /api/people/:id/data', () => {
  it('lets HR download anyone’s data, for a request made on paper, and logs that HR did', async () => {
    const response = await download('Fiona Campbell', `/api/people/${sam}/data?format=json`);

    expect(PersonalDataExport.parse(await response.json()).person.displayName).toBe('Sam Whitfield');
    const latest = await server.db
      .selectFrom('audit_log')
      .select(['actor_person_id', 'subject_person_id', 'action'])
      .where('resource', '=', 'personal-data')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(latest).toEqual({ actor_person_id: await demoPersonId(server.db, 'Fiona Campbell'), subject_person_id: sam, action: 'export' });
  });

  it('refuses his line manager with 403, and answers 404 for nobody', async () => {
    expect((await download('Gareth Morgan', `/api/people/${sam}/data`)).status).toBe(403);
    expect((await download('Fiona Campbell', `/api/people/${randomUUID()}/data`)).status).toBe(404);
  });
});
