import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { createFrameworkRepository } from '../../api/src/db/framework-repository.js';
import { addDays, councilDate } from '../../api/src/domain/audit/campaign-window.js';
import { buildCampaign, buildFramework, frameworkDocument } from '../factories/audit.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The server as a separate process, killed with SIGKILL while 1,000 people submit their
 * audits at once, then started again on the same database. A submission is one transaction,
 * so whatever the kill interrupts is rolled back by PostgreSQL: this proves it end to end.
 */

const PEOPLE = 1_000;
const STATEMENTS = 12;
const MAIN = path.resolve('api/src/main.ts');

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<unknown>;
}

async function startServer(databaseUrl: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, SEED_DEMO: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', () => reject(new Error(`the server exited before it was ready:\n${output}`)));
  });
  return { child, url, exited };
}

interface Taker {
  personId: string;
  cookie: string;
}

/** People in the campaign, each already signed in (a session row, as the dev sign-in writes it). */
async function takers(test: TestDatabase): Promise<{ campaignId: string; takers: Taker[]; body: (campaignId: string) => string }> {
  const versionId = await buildFramework(test.db, frameworkDocument({ categories: 3, statementsEach: STATEMENTS / 3, name: 'Crash test framework' }));
  const { rows } = await sql<{ id: string }>`
    insert into people (email, display_name, job_title, status)
    select 'crash.taker.' || n || '@crash.example', 'Crash Taker ' || n, 'Officer', 'active'
    from generate_series(1, ${PEOPLE}) as n
    returning id`.execute(test.db);
  const today = councilDate(new Date());
  const campaignId = await buildCampaign(test.db, {
    name: 'Crash test campaign',
    frameworkVersionId: versionId,
    opensOn: addDays(today, -1),
    closesOn: addDays(today, 30),
    memberIds: rows.map((row) => row.id),
  });
  const signedIn = rows.map((row) => ({ personId: row.id, token: randomBytes(32).toString('base64url') }));
  await test.db
    .insertInto('sessions')
    .values(signedIn.map(({ personId, token }) => ({ token_hash: createHash('sha256').update(token).digest('hex'), person_id: personId, expires_at: new Date(Date.now() + 3_600_000) })))
    .execute();
  const version = await createFrameworkRepository(test.db).findById(versionId);
  const answers = version!.categories.flatMap((category) => category.statements).map((statement, index) => ({ statementId: statement.id, answer: index % 2 === 0 ? 'could' : 'done-recently' }));
  return {
    campaignId,
    takers: signedIn.map(({ personId, token }) => ({ personId, cookie: `hub_session=${token}` })),
    body: (id) => JSON.stringify({ campaignId: id, answers }),
  };
}

function submit(server: Server, taker: Taker, body: string): Promise<number> {
  return fetch(`${server.url}/api/audit/me/submit`, {
    method: 'POST',
    headers: { cookie: taker.cookie, origin: server.url, 'content-type': 'application/json' },
    body,
  }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });
}

async function stored(test: TestDatabase, campaignId: string) {
  const { rows } = await sql<{ person_id: string; status: string; answers: number; scored: boolean }>`
    select r.person_id, r.status, (select count(*)::int from audit_answers a where a.response_id = r.id) as answers, r.summary is not null as scored
    from audit_responses r where r.campaign_id = ${campaignId}`.execute(test.db);
  return rows;
}

describe('a server killed with SIGKILL during 1,000 audit submissions at once', () => {
  let test: TestDatabase;
  let first: Server | undefined;
  let second: Server | undefined;

  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => {
    for (const server of [first, second]) if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await test.destroy();
  });

  it('keeps every answered submission whole, half-writes none, and takes the rest again after a restart', async () => {
    const { campaignId, takers: people, body } = await takers(test);
    const payload = body(campaignId);
    first = await startServer(test.url);
    const running = first;

    const answered = new Set<string>();
    const unanswered = new Set<string>();
    const otherStatuses: number[] = [];
    let killed = false;
    await Promise.all(
      people.map((taker) =>
        submit(running, taker, payload).then(
          (status) => {
            if (status !== 200) otherStatuses.push(status);
            answered.add(taker.personId);
            // Mid-load: a quarter answered, the rest queued on the connection pool or running.
            if (!killed && answered.size >= PEOPLE / 4) {
              killed = true;
              running.child.kill('SIGKILL');
            }
          },
          () => unanswered.add(taker.personId),
        ),
      ),
    );
    await running.exited;
    expect(otherStatuses).toEqual([]);
    expect(killed).toBe(true);
    expect(unanswered.size).toBeGreaterThan(0);

    const afterKill = await stored(test, campaignId);
    expect(afterKill.filter((row) => row.status !== 'submitted' || row.answers !== STATEMENTS || !row.scored)).toEqual([]);
    const committed = new Set(afterKill.map((row) => row.person_id));
    for (const personId of answered) expect(committed.has(personId)).toBe(true);

    second = await startServer(test.url);
    const restarted = second;
    const again = await Promise.all(people.filter((taker) => unanswered.has(taker.personId)).map(async (taker) => ({ taker, status: await submit(restarted, taker, payload) })));
    for (const { taker, status } of again) {
      // Submitted just before the kill (the answer was lost) or not at all: never anything else.
      expect(status).toBe(committed.has(taker.personId) ? 409 : 200);
    }

    const afterRetry = await stored(test, campaignId);
    expect(afterRetry).toHaveLength(PEOPLE);
    expect(afterRetry.filter((row) => row.status !== 'submitted' || row.answers !== STATEMENTS || !row.scored)).toEqual([]);
  }, 120_000);
});
