import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Waiting } from '../../api/src/contracts/me.js';
import { ComplianceReminderResult, ServicePlan, ServicePlanCompliance, ServicePlanList } from '../../api/src/contracts/service-plans.js';
import { buildPersonalChat } from '../factories/drop-ins.js';
import { buildAppraisalYear, buildProject } from '../factories/objectives.js';
import { buildPerson } from '../factories/people.js';
import { buildServicePlan, openYearId, serviceId } from '../factories/service-plans.js';
import { startLocalChannel, type LocalChannel, type RecordedActivity } from '../support/local-channel.js';
import { objectivesCast, type Cast } from '../support/objectives-cast.js';
import { okBody, problemOf } from '../support/http-client.js';
import { itemInput, planRows, servicePlanApi } from '../support/service-plan-api.js';
import { settableClock } from '../support/settable-clock.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/** A Tuesday: ISO week 2026-W46. */
const NOW = '2026-11-10T09:00:00Z';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

let server: TestServer;
let channel: LocalChannel;
let cast: Cast;
let api: ReturnType<typeof servicePlanApi>;
const clock = settableClock(NOW);
let yearId: string;
let customerServices: string;
let housing: string;

beforeAll(async () => {
  channel = await startLocalChannel();
  server = await startTestServer({ overrides: { clock } });
  api = servicePlanApi(server.baseUrl);
  cast = await objectivesCast(server);
  yearId = await openYearId(server.db);
  [customerServices, housing] = await Promise.all([serviceId(server.db, 'Customer Services'), serviceId(server.db, 'Housing')]);
});

afterAll(async () => {
  await server?.close();
  await channel?.close();
});

beforeEach(async () => {
  clock.set(NOW);
  channel.clear();
  await server.db.deleteFrom('service_plans').execute();
  await server.db.deleteFrom('reminders_sent').execute();
  await server.db.deleteFrom('conversation_references').execute();
});

afterEach(() => {
  expect(channel.unexpected).toEqual([]);
});

describe('GET /api/service-plans', () => {
  it('lists every service with its head, item count, whether it complies and when it changed', async () => {
    await buildServicePlan(server.db, housing, yearId, { items: [{}, {}] });

    const list = await okBody(ServicePlanList, await api.list(cast.staff.headers));

    const services = await server.db.selectFrom('services').select('id').execute();
    expect(list.items).toHaveLength(services.length);
    expect(list.year?.id).toBe(yearId);
    const housingLine = list.items.find((line) => line.service.id === housing);
    expect(housingLine).toMatchObject({ head: { id: cast.headOther.id, displayName: 'Helen Adeyemi' }, itemCount: 2, complies: true, headedByMe: false });
    expect(housingLine?.updatedAt).not.toBeNull();
    expect(list.items.find((line) => line.service.id === customerServices)).toMatchObject({ itemCount: 0, complies: false, updatedAt: null });
  });

  it('puts the services the asker heads first, then the rest by name', async () => {
    const list = await okBody(ServicePlanList, await api.list(cast.headOther.headers));

    expect(list.items[0]).toMatchObject({ service: { id: housing }, headedByMe: true });
    const rest = list.items.slice(1).map((line) => line.service.name);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(list.items.filter((line) => line.headedByMe)).toHaveLength(1);
  });

  it('reads another year when asked, and returns 404 for a year that does not exist', async () => {
    const lastYear = await buildAppraisalYear(server.db, { label: '2025/26', startsOn: '2025-04-01', endsOn: '2026-03-31', agreeBy: '2025-06-30', status: 'closed' });
    try {
      await buildServicePlan(server.db, housing, lastYear, { items: [{}] });

      const list = await okBody(ServicePlanList, await api.list(cast.staff.headers, `?yearId=${lastYear}`));
      expect(list.year).toEqual({ id: lastYear, label: '2025/26', status: 'closed' });
      expect(list.items.find((line) => line.service.id === housing)?.complies).toBe(true);
      expect(list.years.map((year) => year.id)).toEqual([yearId, lastYear]);

      const missing = await api.list(cast.staff.headers, '?yearId=00000000-0000-4000-8000-000000000000');
      expect(missing.status).toBe(404);
    } finally {
      await server.db.deleteFrom('service_plans').execute();
      await server.db.deleteFrom('appraisal_years').where('id', '=', lastYear).execute();
    }
  });
});

describe('GET /api/service-plans/:serviceId', () => {
  it('reads a plan never written as an empty one that does not comply', async () => {
    const plan = await okBody(ServicePlan, await api.get(cast.staff.headers, customerServices));

    expect(plan).toMatchObject({ service: { id: customerServices, name: 'Customer Services' }, summary: '', items: [], complies: false, updatedAt: null, updatedBy: null, canEdit: false });
    expect(plan.head?.id).toBe(cast.headOwn.id);
  });

  it('gives the items in order, with their owner and register project', async () => {
    const projectId = await buildProject(server.db, { name: 'Online repairs' });
    await buildServicePlan(server.db, housing, yearId, {
      items: [{ title: 'First', ownerPersonId: cast.headOther.id }, { title: 'Second', kind: 'project', projectId, status: 'at-risk' }],
    });

    const plan = await okBody(ServicePlan, await api.get(cast.staff.headers, housing));

    expect(plan.items.map((item) => [item.title, item.position])).toEqual([['First', 0], ['Second', 1]]);
    expect(plan.items[0]?.owner).toEqual({ id: cast.headOther.id, displayName: 'Helen Adeyemi' });
    expect(plan.items[1]).toMatchObject({ kind: 'project', status: 'at-risk', project: { id: projectId, name: 'Online repairs' } });
    expect(plan.complies).toBe(true);
  });

  it('returns 404 for a service that does not exist', async () => {
    const response = await api.get(cast.staff.headers, '00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
  });

  it('says nobody may edit the plan of a closed year, not even the policy team', async () => {
    const closed = await buildAppraisalYear(server.db, { label: '2024/25', startsOn: '2024-04-01', endsOn: '2025-03-31', agreeBy: '2024-06-30', status: 'closed' });
    try {
      const plan = await okBody(ServicePlan, await api.get(cast.policy.headers, housing, `?yearId=${closed}`));
      expect(plan.canEdit).toBe(false);
      expect(plan.year?.label).toBe('2024/25');
    } finally {
      await server.db.deleteFrom('appraisal_years').where('id', '=', closed).execute();
    }
  });
});

describe('PUT /api/service-plans/:serviceId', () => {
  it('creates the plan on its first write and updates it after, stamping who wrote and when', async () => {
    const first = await okBody(ServicePlan, await api.saveSummary(cast.headOwn.headers, customerServices, { summary: '  Answer more enquiries online.  ' }));
    expect(first).toMatchObject({ summary: 'Answer more enquiries online.', updatedBy: { id: cast.headOwn.id }, canEdit: true });
    expect(new Date(first.updatedAt!).getTime()).toBeGreaterThanOrEqual(new Date(NOW).getTime());

    clock.advance(60_000);
    const second = await okBody(ServicePlan, await api.saveSummary(cast.policy.headers, customerServices, { summary: 'Answer most enquiries online.', yearId }));
    expect(second).toMatchObject({ summary: 'Answer most enquiries online.', updatedBy: { id: cast.policy.id } });
    expect(new Date(second.updatedAt!).getTime()).toBeGreaterThan(new Date(first.updatedAt!).getTime());

    const rows = await server.db.selectFrom('service_plans').select(['service_id', 'year_id', 'updated_by']).execute();
    expect(rows).toEqual([{ service_id: customerServices, year_id: yearId, updated_by: cast.policy.id }]);
  });

  it('returns 422 naming body.summary when it is too long, and writes nothing', async () => {
    const response = await api.saveSummary(cast.headOwn.headers, customerServices, { summary: 'x'.repeat(4001) });

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((error) => error.field)).toEqual(['body.summary']);
    expect(await planRows(server.db)).toEqual({ service_plans: [], service_plan_items: [] });
  });

  it('returns 422 naming body.yearId for a year that does not exist, and writes nothing', async () => {
    const response = await api.saveSummary(cast.headOwn.headers, customerServices, { summary: 'Fine', yearId: '00000000-0000-4000-8000-000000000000' });

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([{ field: 'body.yearId', message: 'is not an appraisal year' }]);
    expect(await planRows(server.db)).toEqual({ service_plans: [], service_plan_items: [] });
  });

  it('returns 409 with the reason for a closed year, and writes nothing', async () => {
    const closed = await buildAppraisalYear(server.db, { label: '2024/25', startsOn: '2024-04-01', endsOn: '2025-03-31', agreeBy: '2024-06-30', status: 'closed' });
    try {
      const response = await api.saveSummary(cast.policy.headers, customerServices, { summary: 'Too late', yearId: closed });

      expect(response.status).toBe(409);
      expect((await problemOf(response)).detail).toBe('The 2024/25 appraisal year is closed, so its service plans can no longer change.');
      expect(await planRows(server.db)).toEqual({ service_plans: [], service_plan_items: [] });
    } finally {
      await server.db.deleteFrom('appraisal_years').where('id', '=', closed).execute();
    }
  });

  it('returns 409 asking which year when none is open and none is given', async () => {
    await server.db.updateTable('appraisal_years').set({ status: 'planned' }).where('id', '=', yearId).execute();
    try {
      const response = await api.saveSummary(cast.headOwn.headers, customerServices, { summary: 'Which year?' });

      expect(response.status).toBe(409);
      expect((await problemOf(response)).detail).toContain('say which year');
      expect(await planRows(server.db)).toEqual({ service_plans: [], service_plan_items: [] });
    } finally {
      await server.db.updateTable('appraisal_years').set({ status: 'open' }).where('id', '=', yearId).execute();
    }
  });
});

describe('POST /api/service-plans/:serviceId/items', () => {
  it('adds the first item, creating the plan, so that the service complies', async () => {
    const plan = await okBody(ServicePlan, await api.addItem(cast.headOther.headers, housing, itemInput(cast.headOther.id)));

    expect(plan.complies).toBe(true);
    expect(plan.items).toEqual([
      expect.objectContaining({ kind: 'objective', title: 'Let tenants report repairs online', owner: { id: cast.headOther.id, displayName: 'Helen Adeyemi' }, status: 'not-started', project: null, position: 0 }),
    ]);
    expect(plan.updatedBy?.id).toBe(cast.headOther.id);
    const list = await okBody(ServicePlanList, await api.list(cast.staff.headers));
    expect(list.items.find((line) => line.service.id === housing)).toMatchObject({ itemCount: 1, complies: true });
  });

  it('links an item to a register project', async () => {
    const projectId = await buildProject(server.db, { name: 'Tenancy portal' });

    const plan = await okBody(ServicePlan, await api.addItem(cast.headOther.headers, housing, itemInput(cast.headOther.id, { kind: 'project', projectId })));

    expect(plan.items[0]?.project).toEqual({ id: projectId, name: 'Tenancy portal' });
  });

  it('puts an item where asked and moves the ones after it down', async () => {
    await buildServicePlan(server.db, housing, yearId, { items: [{ title: 'A' }, { title: 'B' }] });

    const plan = await okBody(ServicePlan, await api.addItem(cast.headOther.headers, housing, itemInput(cast.headOther.id, { title: 'First now', position: 0 })));

    expect(plan.items.map((item) => [item.title, item.position])).toEqual([['First now', 0], ['A', 1], ['B', 2]]);
  });

  it('returns 422 naming body.projectId for a project not in the register, and writes nothing', async () => {
    const response = await api.addItem(cast.headOther.headers, housing, itemInput(cast.headOther.id, { projectId: '00000000-0000-4000-8000-000000000000' }));

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([{ field: 'body.projectId', message: 'is not a project in the digital projects register' }]);
    expect(await planRows(server.db)).toEqual({ service_plans: [], service_plan_items: [] });
  });

  it('returns 422 naming body.ownerPersonId for someone who has left, and writes nothing', async () => {
    const leaver = await buildPerson(server.db, { status: 'leaver' });

    const response = await api.addItem(cast.headOther.headers, housing, itemInput(leaver));

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([{ field: 'body.ownerPersonId', message: 'is not an active person in the directory' }]);
    expect(await planRows(server.db)).toEqual({ service_plans: [], service_plan_items: [] });
  });

  it('returns 422 naming every field that is wrong at once', async () => {
    const response = await api.addItem(cast.headOther.headers, housing, { kind: 'wish', title: 'x', status: 'fine', projectId: '00000000-0000-4000-8000-000000000000' });

    expect(response.status).toBe(422);
    const fields = (await problemOf(response)).errors?.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['body.kind', 'body.title', 'body.ownerPersonId', 'body.measure', 'body.status', 'body.projectId']));
    expect(await planRows(server.db)).toEqual({ service_plans: [], service_plan_items: [] });
  });
});

describe('PATCH /api/service-plans/:serviceId/items/:itemId', () => {
  it('changes only what is sent and stamps the plan', async () => {
    const { itemIds } = await buildServicePlan(server.db, housing, yearId, { items: [{ title: 'Keep me', status: 'on-track' }] });
    clock.advance(60_000);

    const plan = await okBody(ServicePlan, await api.updateItem(cast.headOther.headers, housing, itemIds[0]!, { status: 'at-risk' }));

    expect(plan.items[0]).toMatchObject({ title: 'Keep me', status: 'at-risk' });
    expect(plan.updatedBy?.id).toBe(cast.headOther.id);
    expect(new Date(plan.updatedAt!).getTime()).toBeGreaterThan(new Date(NOW).getTime());
  });

  it('moves an item, closing up the others', async () => {
    const { itemIds } = await buildServicePlan(server.db, housing, yearId, { items: [{ title: 'A' }, { title: 'B' }, { title: 'C' }] });

    const plan = await okBody(ServicePlan, await api.updateItem(cast.policy.headers, housing, itemIds[0]!, { position: 2 }));

    expect(plan.items.map((item) => [item.title, item.position])).toEqual([['B', 0], ['C', 1], ['A', 2]]);
  });

  it('links and unlinks a register project', async () => {
    const projectId = await buildProject(server.db);
    const { itemIds } = await buildServicePlan(server.db, housing, yearId, { items: [{}] });

    const linked = await okBody(ServicePlan, await api.updateItem(cast.headOther.headers, housing, itemIds[0]!, { projectId }));
    expect(linked.items[0]?.project?.id).toBe(projectId);
    const unlinked = await okBody(ServicePlan, await api.updateItem(cast.headOther.headers, housing, itemIds[0]!, { projectId: null }));
    expect(unlinked.items[0]?.project).toBeNull();
  });

  it('returns 422 naming body.projectId for a project not in the register, and changes nothing', async () => {
    const { itemIds } = await buildServicePlan(server.db, housing, yearId, { items: [{}] });
    const before = await planRows(server.db);

    const response = await api.updateItem(cast.headOther.headers, housing, itemIds[0]!, { title: 'A new title', projectId: '00000000-0000-4000-8000-000000000000' });

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((error) => error.field)).toEqual(['body.projectId']);
    expect(await planRows(server.db)).toEqual(before);
  });

  it('returns 422 naming a field it does not know', async () => {
    const { itemIds } = await buildServicePlan(server.db, housing, yearId, { items: [{}] });

    const response = await api.updateItem(cast.headOther.headers, housing, itemIds[0]!, { colour: 'red' });

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([{ field: 'body.colour', message: 'is not expected here' }]);
  });

  it('returns 404 for an item of another service’s plan, and changes nothing', async () => {
    const { itemIds } = await buildServicePlan(server.db, customerServices, yearId, { items: [{}] });
    const before = await planRows(server.db);

    const response = await api.updateItem(cast.policy.headers, housing, itemIds[0]!, { status: 'done' });

    expect(response.status).toBe(404);
    expect(await planRows(server.db)).toEqual(before);
  });
});

describe('DELETE /api/service-plans/:serviceId/items/:itemId', () => {
  it('removes the item and closes up the rest', async () => {
    const { itemIds } = await buildServicePlan(server.db, housing, yearId, { items: [{ title: 'A' }, { title: 'B' }, { title: 'C' }] });

    const plan = await okBody(ServicePlan, await api.removeItem(cast.headOther.headers, housing, itemIds[1]!));

    expect(plan.items.map((item) => [item.title, item.position])).toEqual([['A', 0], ['C', 1]]);
  });

  it('leaves a plan with no items not complying', async () => {
    const { itemIds } = await buildServicePlan(server.db, housing, yearId, { items: [{}] });

    const plan = await okBody(ServicePlan, await api.removeItem(cast.headOther.headers, housing, itemIds[0]!));

    expect(plan).toMatchObject({ items: [], complies: false });
  });

  it('returns 404 for an item already removed', async () => {
    const { itemIds } = await buildServicePlan(server.db, housing, yearId, { items: [{}] });
    await okBody(ServicePlan, await api.removeItem(cast.headOther.headers, housing, itemIds[0]!));

    const again = await api.removeItem(cast.headOther.headers, housing, itemIds[0]!);

    expect(again.status).toBe(404);
  });
});

describe('GET /api/service-plans/compliance', () => {
  it('counts the services with and without a digital objective, those without first', async () => {
    const services = await server.db.selectFrom('services').select('id').execute();
    const complying = services.filter((service) => service.id !== housing && service.id !== customerServices);
    for (const service of complying) await buildServicePlan(server.db, service.id, yearId, { items: [{}] });
    // A plan with a summary and no item does not comply.
    await buildServicePlan(server.db, customerServices, yearId, { summary: 'Words, but nothing to measure.' });

    const report = await okBody(ServicePlanCompliance, await api.compliance(cast.policy.headers));

    expect(report.totals).toEqual({
      services: services.length,
      withObjective: services.length - 2,
      withoutObjective: 2,
      percentage: Math.round(((services.length - 2) / services.length) * 100),
    });
    expect(report.items.slice(0, 2).map((line) => line.service.name)).toEqual(['Customer Services', 'Housing']);
    expect(report.items.slice(2).every((line) => line.complies)).toBe(true);
    expect(report).toMatchObject({ week: '2026-W46', canRemind: true, year: { id: yearId } });
    expect(report.items.find((line) => line.service.id === housing)?.head?.displayName).toBe('Helen Adeyemi');
  });

  it('gives HR the same view, without the right to remind', async () => {
    const report = await okBody(ServicePlanCompliance, await api.compliance(cast.hr.headers));

    expect(report.canRemind).toBe(false);
    expect(report.totals.withObjective).toBe(0);
    expect(report.totals.percentage).toBe(0);
  });
});

describe('POST /api/service-plans/compliance/reminders', () => {
  let headless: string;

  /** Everyone complies but Housing (Helen, who has a chat with the bot), Customer Services (whose head has none) and a service without a head. */
  beforeEach(async () => {
    const created = await server.db.insertInto('services').values({ name: 'Test service without a head' }).returning('id').executeTakeFirstOrThrow();
    headless = created.id;
    const services = await server.db.selectFrom('services').select('id').execute();
    for (const service of services) {
      if (![housing, customerServices, headless].includes(service.id)) await buildServicePlan(server.db, service.id, yearId, { items: [{}] });
    }
    await buildPersonalChat(server.db, cast.headOther.id, channel.serviceUrl);
  });

  afterEach(async () => {
    await server.db.deleteFrom('services').where('id', '=', headless).execute();
  });

  const cardOf = (activity: RecordedActivity | undefined) => activity?.attachments?.[0]?.content as { speak: string; body: Array<{ text?: string }>; actions: Array<{ url: string; title: string }> };

  it('sends each reachable head of a service without a digital objective a card, and counts those it cannot reach', async () => {
    const result = await okBody(ComplianceReminderResult, await api.remind(cast.policy.headers));

    expect(result).toMatchObject({ week: '2026-W46', sent: 1, alreadyReminded: 0, notReachable: 2 });
    expect(result.unreachable).toEqual(
      expect.arrayContaining([
        { service: { id: customerServices, name: 'Customer Services' }, head: { id: cast.headOwn.id, displayName: cast.headOwn.displayName }, reason: 'no-chat' },
        { service: { id: headless, name: 'Test service without a head' }, head: null, reason: 'no-head' },
      ]),
    );
    const [activity] = await channel.waitForActivities(1);
    const card = cardOf(activity);
    expect(card.body[0]?.text).toBe('Add a digital objective to the Housing plan');
    expect(card.speak).toContain('Hello Helen, the Housing service plan for');
    expect(card.speak).toContain('Marcus Reid from the policy team asked us to remind you.');
    expect(card.actions[0]?.url).toContain(encodeURIComponent(`/service-plans/view?serviceId=${housing}`));
  });

  it('reminds each head at most once a week, however often it is pressed, and again the next week', async () => {
    await okBody(ComplianceReminderResult, await api.remind(cast.policy.headers));

    const again = await okBody(ComplianceReminderResult, await api.remind(cast.policy.headers));
    expect(again).toMatchObject({ sent: 0, alreadyReminded: 1, notReachable: 2 });
    expect(channel.activities).toHaveLength(1);
    const report = await okBody(ServicePlanCompliance, await api.compliance(cast.policy.headers));
    expect(report.items.find((line) => line.service.id === housing)?.remindedThisWeek).toBe(true);
    expect(report.items.find((line) => line.service.id === customerServices)?.remindedThisWeek).toBe(false);

    clock.advance(WEEK_MS);
    // A week on, the sign-in from last week has expired.
    const policy = { cookie: await signInAs(server.baseUrl, cast.policy.id) };
    const nextWeek = await okBody(ComplianceReminderResult, await api.remind(policy));
    expect(nextWeek).toMatchObject({ week: '2026-W47', sent: 1, alreadyReminded: 0 });
    expect(channel.activities).toHaveLength(2);
  });

  it('reminds a head it could not reach once they have a chat with the bot, in the same week', async () => {
    await okBody(ComplianceReminderResult, await api.remind(cast.policy.headers));
    await buildPersonalChat(server.db, cast.headOwn.id, channel.serviceUrl);

    const result = await okBody(ComplianceReminderResult, await api.remind(cast.policy.headers));

    expect(result).toMatchObject({ sent: 1, alreadyReminded: 1, notReachable: 1 });
    expect(result.unreachable).toEqual([expect.objectContaining({ reason: 'no-head' })]);
  });

  it('does not remind services that have a digital objective', async () => {
    await buildServicePlan(server.db, customerServices, yearId, { items: [{}] });
    await server.db.deleteFrom('services').where('id', '=', headless).execute();
    await buildServicePlan(server.db, housing, yearId, { items: [{}] });

    const result = await okBody(ComplianceReminderResult, await api.remind(cast.policy.headers));

    expect(result).toEqual({ week: '2026-W46', sent: 0, alreadyReminded: 0, notReachable: 0, unreachable: [] });
    expect(channel.activities).toHaveLength(0);
  });

  it('returns 422 naming body.yearId for a year that does not exist, and sends nothing', async () => {
    const response = await api.remind(cast.policy.headers, { yearId: 'not-a-year' });

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((error) => error.field)).toEqual(['body.yearId']);
    expect(channel.activities).toHaveLength(0);
    expect(await server.db.selectFrom('reminders_sent').selectAll().execute()).toEqual([]);
  });
});

describe('what waits on Home', () => {
  const waitingOf = async (headers: { cookie: string }) => okBody(Waiting, await api.call(headers, 'GET', '/api/me/waiting')).then((waiting) => waiting.items.map((item) => item.id));

  it('asks a head of service to add a digital objective until their plan has one', async () => {
    expect(await waitingOf(cast.headOther.headers)).toContain(`service-plan-${housing}`);
    expect(await waitingOf(cast.headOther.headers)).not.toContain(`service-plan-${customerServices}`);

    await buildServicePlan(server.db, housing, yearId, { items: [{}] });

    expect(await waitingOf(cast.headOther.headers)).not.toContain(`service-plan-${housing}`);
  });

  it('asks nobody but the head of service', async () => {
    expect((await waitingOf(cast.policy.headers)).filter((id) => id.startsWith('service-plan-'))).toEqual([]);
    expect((await waitingOf(cast.staff.headers)).filter((id) => id.startsWith('service-plan-'))).toEqual([]);
  });
});

describe('the OpenAPI document', () => {
  it('describes every service-plan endpoint and the bodies the use cases check', async () => {
    const document = (await (await fetch(`${server.baseUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };

    expect(Object.keys(document.paths['/api/service-plans/{serviceId}'] ?? {}).sort()).toEqual(['get', 'put']);
    expect(Object.keys(document.paths['/api/service-plans/{serviceId}/items/{itemId}'] ?? {}).sort()).toEqual(['delete', 'patch']);
    expect(Object.keys(document.paths['/api/service-plans/compliance/reminders'] ?? {})).toEqual(['post']);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['ServicePlanSummaryBody', 'CreateServicePlanItemBody', 'UpdateServicePlanItemBody', 'SendComplianceRemindersBody', 'ServicePlan', 'ServicePlanCompliance']),
    );
  });
});
