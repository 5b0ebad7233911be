import { sql } from 'kysely';
import { AuditReport, MyAudit, type AnswerValue } from '../../api/src/contracts/skills-audit.js';
import { createFrameworkRepository } from '../../api/src/db/framework-repository.js';
import { addDays, councilDate } from '../../api/src/domain/audit/campaign-window.js';
import { buildCampaign, buildFramework, frameworkDocument } from '../factories/audit.js';
import { signInAs } from '../support/start-test-server.js';
import { BASELINE, HTTP_CLIENTS } from './baselines.js';
import { verify, verifyEqual, type Benchmark, type BenchContext } from './harness.js';
import { expectStatus, runLoad } from './http-load.js';

/**
 * Everyone finishing the audit at once (the last morning of a campaign): 20 clients, each
 * submitting a whole 60-statement audit for a different signed-in person, one after
 * another. Every person submits exactly once, so there are as many people as requests.
 */

const WARM_UP = 100;
const MEASURED = 1_200;
const PEOPLE = WARM_UP + MEASURED;
const STATEMENTS = 60;
const DOMAIN = 'audit-bench.example';
const SCALE: AnswerValue[] = ['no-idea', 'could-not', 'could', 'done-recently'];

interface Taker {
  id: string;
  cookie: string;
}

/** People of the benchmark's own, in one statement, so the demo council is left as it is. */
async function createPeople(context: BenchContext): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    insert into people (email, display_name, job_title, status)
    select 'audit.taker.' || n || '@' || ${DOMAIN}, 'Audit Taker ' || n, 'Officer', 'active'
    from generate_series(1, ${PEOPLE}) as n
    returning id`.execute(context.db);
  verifyEqual(rows.length, PEOPLE, 'people created for the benchmark');
  return rows.map((row) => row.id);
}

/** Signs everyone in through the dev sign-in, a client's worth at a time. */
async function signIn(context: BenchContext, ids: string[]): Promise<Taker[]> {
  const takers: Taker[] = [];
  for (let start = 0; start < ids.length; start += HTTP_CLIENTS) {
    const batch = ids.slice(start, start + HTTP_CLIENTS);
    takers.push(...(await Promise.all(batch.map(async (id) => ({ id, cookie: await signInAs(context.baseUrl, id) })))));
  }
  return takers;
}

/** One audit's answers: every statement, spread over the scale so every rule has work to do. */
async function submissionBody(context: BenchContext, versionId: string, campaignId: string, first: Taker): Promise<string> {
  const version = await createFrameworkRepository(context.db).findById(versionId);
  verify(version !== undefined, 'the benchmark framework was saved');
  const statements = version.categories.flatMap((category) => category.statements);
  verifyEqual(statements.length, STATEMENTS, 'statements in the benchmark framework');
  // The contract is checked once, outside the timed run: the audit the tab would be shown.
  const response = await fetch(`${context.baseUrl}/api/audit/me`, { headers: { cookie: first.cookie } });
  const audit = MyAudit.parse(await response.json());
  verifyEqual(audit.campaign?.id, campaignId, 'the open campaign GET /api/audit/me offers');
  verifyEqual(audit.total, STATEMENTS, 'statements GET /api/audit/me offers');
  return JSON.stringify({
    campaignId,
    answers: statements.map((statement, index) => ({ statementId: statement.id, answer: SCALE[(index * 7) % SCALE.length] })),
  });
}

async function countRows(context: BenchContext, campaignId: string) {
  const { rows } = await sql<{ submitted: number; drafts: number; answers: number; perResponse: number | null }>`
    select count(*) filter (where r.status = 'submitted')::int as submitted,
           count(*) filter (where r.status = 'draft')::int as drafts,
           (select count(*)::int from audit_answers a join audit_responses x on x.id = a.response_id where x.campaign_id = ${campaignId}) as answers,
           (select max(c)::int from (select count(*) as c from audit_answers a join audit_responses x on x.id = a.response_id
             where x.campaign_id = ${campaignId} group by a.response_id) counts) as "perResponse"
    from audit_responses r where r.campaign_id = ${campaignId}`.execute(context.db);
  return rows[0]!;
}

export const auditSubmissionsBenchmark: Benchmark = {
  name: 'audit-submissions',
  description: `POST /api/audit/me/submit: ${STATEMENTS}-statement audits, ${HTTP_CLIENTS} clients, ${MEASURED.toLocaleString('en-GB')} people (+${WARM_UP} warming up)`,
  target: [
    { metric: 'rps', op: '>=', value: 300, unit: 'req/s' },
    { metric: 'p95', op: '<', value: 100, unit: 'ms' },
  ],
  async run(context) {
    const versionId = await buildFramework(context.db, frameworkDocument({ categories: 6, statementsEach: 10, name: 'Benchmark framework' }));
    const ids = await createPeople(context);
    const today = councilDate(new Date());
    const campaignId = await buildCampaign(context.db, {
      name: 'Benchmark campaign',
      frameworkVersionId: versionId,
      opensOn: addDays(today, -1),
      closesOn: addDays(today, 30),
      memberIds: ids,
    });
    const takers = await signIn(context, ids);
    const body = await submissionBody(context, versionId, campaignId, takers[0]!);

    const sentBy = new Map<number, string>();
    const load = await runLoad({
      clients: HTTP_CLIENTS,
      requests: MEASURED,
      warmUpRequests: WARM_UP,
      request: (client, sequence) => {
        const taker = takers[sequence];
        if (!taker) throw new Error(`no person left for request ${sequence}`);
        sentBy.set(client, taker.id);
        return {
          url: `${context.baseUrl}/api/audit/me/submit`,
          method: 'POST',
          headers: { cookie: taker.cookie, 'content-type': 'application/json' },
          body,
        };
      },
      check: expectStatus(200, (text, client) => {
        const report = JSON.parse(text) as { person?: { id?: unknown }; categories?: unknown[] };
        verify(report.person?.id === sentBy.get(client), `a report for ${String(report.person?.id)} answered ${sentBy.get(client)}'s submission`);
        verify(report.categories?.length === 6, 'a report without its six categories');
      }),
    });

    // The full contract once more, on a stored report, now that the load is over.
    const sample = await fetch(`${context.baseUrl}/api/audit/me/reports`, { headers: { cookie: takers[0]!.cookie } });
    const first = (await sample.json()) as { items: { responseId: string }[] };
    const report = await fetch(`${context.baseUrl}/api/audit/reports/${first.items[0]!.responseId}`, { headers: { cookie: takers[0]!.cookie } });
    AuditReport.parse(await report.json());

    const ok = WARM_UP + load.requests;
    const rows = await countRows(context, campaignId);
    verifyEqual(rows.submitted, ok, 'submitted responses after the run (one per successful request)');
    verifyEqual(rows.drafts, 0, 'responses left as drafts');
    verifyEqual(rows.answers, ok * STATEMENTS, 'answers stored');
    verifyEqual(rows.perResponse, STATEMENTS, 'most answers stored for one response');
    return {
      submissions: { value: load.requests, unit: 'submissions' },
      rps: { value: load.requestsPerSecond, unit: 'req/s', relativeTo: BASELINE.httpRps },
      p50: { value: load.latencyMs.p50, unit: 'ms', relativeTo: BASELINE.httpP50 },
      p95: { value: load.latencyMs.p95, unit: 'ms', relativeTo: BASELINE.httpP95 },
      p99: { value: load.latencyMs.p99, unit: 'ms' },
      'rows.responses': { value: rows.submitted, unit: 'rows' },
      'rows.answers': { value: rows.answers, unit: 'rows' },
      'rows.lost': { value: ok * STATEMENTS - rows.answers, unit: 'rows' },
    };
  },
};
