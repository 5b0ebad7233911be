import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { MyAudit } from '../../api/src/contracts/skills-audit.js';
import { ageBandOf } from '../../api/src/demo/demo-audit-answers.js';
import { DEMO_PERSONA_NAMES } from '../../api/src/demo/demo-council.js';
import { seedDemoAudit } from '../../api/src/demo/seed-demo-audit.js';
import { createFrameworkRepository } from '../../api/src/db/framework-repository.js';
import { demoPersonId } from '../factories/people.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

describe('demo council audit activity', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { SEED_DEMO_ACTIVITY: 'true' } });
  });
  afterAll(() => server.close());

  async function responses(status: 'submitted' | 'draft', campaignStatus: 'launched' | 'closed') {
    return server.db
      .selectFrom('audit_responses as r')
      .innerJoin('audit_campaigns as c', 'c.id', 'r.campaign_id')
      .innerJoin('people as p', 'p.id', 'r.person_id')
      .select(['p.email', 'p.job_title', 'r.summary'])
      .where('r.status', '=', status)
      .where('c.status', '=', campaignStatus)
      .execute();
  }

  it('has a closed baseline campaign and an open current one', async () => {
    const campaigns = await server.db.selectFrom('audit_campaigns').select(['status', 'name']).orderBy('opens_on').execute();
    expect(campaigns.map((campaign) => campaign.status)).toEqual(['closed', 'launched']);
    expect(campaigns[0]!.name).toMatch(/baseline/);
  });

  it('has about two-thirds of staff finished in the current campaign, and some part-way', async () => {
    const { members } = await server.db
      .selectFrom('audit_campaign_members as m')
      .innerJoin('audit_campaigns as c', 'c.id', 'm.campaign_id')
      .select(sql<number>`count(*)::int`.as('members'))
      .where('c.status', '=', 'launched')
      .executeTakeFirstOrThrow();
    const submitted = (await responses('submitted', 'launched')).length;
    const drafts = (await responses('draft', 'launched')).length;
    expect(submitted / members).toBeGreaterThan(0.55);
    expect(submitted / members).toBeLessThan(0.75);
    expect(drafts).toBeGreaterThan(10);
  });

  it('shows less confidence among frontline and older staff, as the evidence does', async () => {
    const rows = await responses('submitted', 'launched');
    const shareMeeting = (filter: (row: (typeof rows)[number]) => boolean) => {
      const group = rows.filter(filter);
      return group.filter((row) => (row.summary as { basicSkills: { met: boolean } }).basicSkills.met).length / group.length;
    };
    const frontline = /operative|driver/i;
    expect(shareMeeting((row) => frontline.test(row.job_title ?? ''))).toBeLessThan(shareMeeting((row) => !frontline.test(row.job_title ?? '')));
    const older = (row: { email: string }) => ['55-64', '65+'].includes(ageBandOf(row.email));
    expect(shareMeeting(older)).toBeLessThan(shareMeeting((row) => !older(row)));
  });

  it('has fewer people lacking basic digital skills than the baseline, as a programme under way would', async () => {
    const lacking = async (campaign: 'launched' | 'closed') => {
      const rows = await responses('submitted', campaign);
      return rows.filter((row) => !(row.summary as { basicSkills: { met: boolean } }).basicSkills.met).length / rows.length;
    };
    const [baseline, current] = [await lacking('closed'), await lacking('launched')];
    expect(baseline).toBeGreaterThan(0.1);
    expect(current).toBeLessThan(baseline);
  });

  it('leaves the current audit for Sam Whitfield to take, with last year’s to compare against', async () => {
    const sam = await demoPersonId(server.db, DEMO_PERSONA_NAMES.staff);
    const cookie = await signInAs(server.baseUrl, sam);
    const response = await fetch(`${server.baseUrl}/api/audit/me`, { headers: { cookie } });
    const audit = MyAudit.parse(await response.json());
    expect(audit.status).toBe('not-started');
    expect(audit.campaign).not.toBeNull();
    const baseline = await server.db.selectFrom('audit_responses').select('status').where('person_id', '=', sam).execute();
    expect(baseline.map((row) => row.status)).toEqual(['submitted']);
  });

  it('makes Priya Chauhan a champion candidate', async () => {
    const priya = await demoPersonId(server.db, DEMO_PERSONA_NAMES.champion);
    const rows = await server.db.selectFrom('audit_responses').select('summary').where('person_id', '=', priya).execute();
    expect(rows.length).toBe(2);
    for (const row of rows) expect((row.summary as { championCandidate: boolean }).championCandidate).toBe(true);
  });

  it('never seeds twice', async () => {
    const framework = await createFrameworkRepository(server.db).current();
    expect(await seedDemoAudit(server.db, framework!, new Date())).toEqual({ seeded: false });
  });
});
