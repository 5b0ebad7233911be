import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ComplianceReminderResult, ServicePlan, ServicePlanCompliance, ServicePlanList } from '../../api/src/contracts/service-plans.js';
import { buildPersonalChat } from '../factories/drop-ins.js';
import { buildServicePlan, openYearId, serviceId } from '../factories/service-plans.js';
import { startLocalChannel, type LocalChannel } from '../support/local-channel.js';
import { expectAnswer, roleCases, statusFor } from '../support/authorisation-matrix.js';
import { demoSession, okBody } from '../support/http-client.js';
import { CAST_ROLES, objectivesCast, type Cast, type CastRole } from '../support/objectives-cast.js';
import { itemInput, PLAN_TABLES, planRows, servicePlanApi } from '../support/service-plan-api.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Who may do what with service plans, for every endpoint and everyone in the cast. Anyone
 * signed in reads plans; only a service's own head (headOwn heads Customer Services, and is
 * Sam's indirect manager; headOther, Helen, heads Housing) and the policy team change one;
 * the policy team, HR and administrators read compliance; only the policy team reminds.
 */

let server: TestServer;
let channel: LocalChannel;
let cast: Cast;
let api: ReturnType<typeof servicePlanApi>;
let yearId: string;
let customerServices: string;
let housing: string;
let customerServicesItem: string;
let housingItem: string;

const EDITS_CUSTOMER_SERVICES: ReadonlySet<CastRole> = new Set(['indirectManager', 'headOwn', 'policy']);
const EDITS_HOUSING: ReadonlySet<CastRole> = new Set(['headOther', 'policy']);
const READS_COMPLIANCE: ReadonlySet<CastRole> = new Set(['policy', 'hr']);
const SENDS_REMINDERS: ReadonlySet<CastRole> = new Set(['policy']);

const matrix = (allowed: ReadonlySet<CastRole>) => roleCases(statusFor(allowed));

beforeAll(async () => {
  channel = await startLocalChannel();
  server = await startTestServer();
  api = servicePlanApi(server.baseUrl);
  cast = await objectivesCast(server);
  yearId = await openYearId(server.db);
  [customerServices, housing] = await Promise.all([serviceId(server.db, 'Customer Services'), serviceId(server.db, 'Housing')]);
});

afterAll(async () => {
  await server?.close();
  await channel?.close();
});

/** Both plans start each test with one item, written by nobody in the cast. */
beforeEach(async () => {
  await server.db.deleteFrom('service_plans').execute();
  await server.db.deleteFrom('reminders_sent').execute();
  [customerServicesItem, housingItem] = await Promise.all([
    buildServicePlan(server.db, customerServices, yearId, { items: [{ title: 'Customer Services item' }] }).then((plan) => plan.itemIds[0]!),
    buildServicePlan(server.db, housing, yearId, { items: [{ title: 'Housing item' }] }).then((plan) => plan.itemIds[0]!),
  ]);
});

/** Runs a write as the role: allowed, it answers 200 and stamps the plan with them; refused, 403 and nothing changed. */
async function expectWrite(role: CastRole, expected: number, write: () => Promise<Response>, planServiceId: string): Promise<void> {
  const response = await expectAnswer(role, expected, write, { db: server.db, tables: PLAN_TABLES });
  if (expected === 200) {
    const plan = ServicePlan.parse(await response.json());
    expect(plan.updatedBy?.id).toBe(cast[role].id);
    const stamped = await server.db.selectFrom('service_plans').select('updated_by').where('service_id', '=', planServiceId).executeTakeFirstOrThrow();
    expect(stamped.updated_by).toBe(cast[role].id);
  }
}

describe('GET /api/service-plans', () => {
  it.each(CAST_ROLES)('lets %s see every service and whether it complies', async (role) => {
    const list = await okBody(ServicePlanList, await api.list(cast[role].headers));
    expect(list.items.filter((line) => line.complies).map((line) => line.service.id).sort()).toEqual([customerServices, housing].sort());
  });
});

describe('GET /api/service-plans/:serviceId', () => {
  it.each(CAST_ROLES)('lets %s read the Customer Services plan, editable only by its head and the policy team', async (role) => {
    const plan = await okBody(ServicePlan, await api.get(cast[role].headers, customerServices));
    expect(plan.items.map((item) => item.title)).toEqual(['Customer Services item']);
    expect(plan.canEdit).toBe(EDITS_CUSTOMER_SERVICES.has(role));
  });

  it.each(CAST_ROLES)('lets %s read the Housing plan, editable only by Helen and the policy team', async (role) => {
    const plan = await okBody(ServicePlan, await api.get(cast[role].headers, housing));
    expect(plan.items.map((item) => item.title)).toEqual(['Housing item']);
    expect(plan.canEdit).toBe(EDITS_HOUSING.has(role));
  });
});

describe('PUT /api/service-plans/:serviceId', () => {
  it.each(matrix(EDITS_CUSTOMER_SERVICES))('answers %s with %i for the Customer Services plan', async (role, expected) => {
    await expectWrite(role, expected, () => api.saveSummary(cast[role].headers, customerServices, { summary: `Written by ${role}` }), customerServices);
  });

  it.each(matrix(EDITS_HOUSING))('answers %s with %i for the Housing plan', async (role, expected) => {
    await expectWrite(role, expected, () => api.saveSummary(cast[role].headers, housing, { summary: `Written by ${role}` }), housing);
  });
});

describe('POST /api/service-plans/:serviceId/items', () => {
  it.each(matrix(EDITS_CUSTOMER_SERVICES))('answers %s with %i for the Customer Services plan', async (role, expected) => {
    await expectWrite(role, expected, () => api.addItem(cast[role].headers, customerServices, itemInput(cast.headOwn.id)), customerServices);
  });

  it.each(matrix(EDITS_HOUSING))('answers %s with %i for the Housing plan', async (role, expected) => {
    await expectWrite(role, expected, () => api.addItem(cast[role].headers, housing, itemInput(cast.headOther.id)), housing);
  });
});

describe('PATCH /api/service-plans/:serviceId/items/:itemId', () => {
  it.each(matrix(EDITS_CUSTOMER_SERVICES))('answers %s with %i for an item of the Customer Services plan', async (role, expected) => {
    await expectWrite(role, expected, () => api.updateItem(cast[role].headers, customerServices, customerServicesItem, { status: 'done' }), customerServices);
  });

  it.each(matrix(EDITS_HOUSING))('answers %s with %i for an item of the Housing plan', async (role, expected) => {
    await expectWrite(role, expected, () => api.updateItem(cast[role].headers, housing, housingItem, { status: 'done' }), housing);
  });

  it('returns 404, not 403, to Helen for a Customer Services item asked for under Housing, and changes nothing', async () => {
    const before = await planRows(server.db);
    const response = await api.updateItem(cast.headOther.headers, housing, customerServicesItem, { status: 'done' });
    expect(response.status).toBe(404);
    expect(await planRows(server.db)).toEqual(before);
  });
});

describe('DELETE /api/service-plans/:serviceId/items/:itemId', () => {
  it.each(matrix(EDITS_CUSTOMER_SERVICES))('answers %s with %i for an item of the Customer Services plan', async (role, expected) => {
    await expectWrite(role, expected, () => api.removeItem(cast[role].headers, customerServices, customerServicesItem), customerServices);
  });

  it.each(matrix(EDITS_HOUSING))('answers %s with %i for an item of the Housing plan', async (role, expected) => {
    await expectWrite(role, expected, () => api.removeItem(cast[role].headers, housing, housingItem), housing);
  });
});

describe('GET /api/service-plans/compliance', () => {
  it.each(matrix(READS_COMPLIANCE))('answers %s with %i', async (role, expected) => {
    const response = await expectAnswer(role, expected, () => api.compliance(cast[role].headers), { db: server.db, tables: [] });
    if (expected === 200) expect(ServicePlanCompliance.parse(await response.json()).canRemind).toBe(SENDS_REMINDERS.has(role));
  });

  it('lets an administrator read it too, without the right to remind', async () => {
    const report = await okBody(ServicePlanCompliance, await api.compliance(await demoSession(server, 'Alex Kowalski')));
    expect(report.canRemind).toBe(false);
  });
});

describe('POST /api/service-plans/compliance/reminders', () => {
  // Helen can be reached and her plan lacks an objective, so a reminder sent by anyone would show.
  beforeEach(async () => {
    await server.db.deleteFrom('service_plan_items').where('id', '=', housingItem).execute();
    await server.db.deleteFrom('conversation_references').execute();
    await buildPersonalChat(server.db, cast.headOther.id, channel.serviceUrl);
    channel.clear();
  });

  it.each(matrix(SENDS_REMINDERS))('answers %s with %i', async (role, expected) => {
    const response = await expectAnswer(role, expected, () => api.remind(cast[role].headers), { db: server.db, tables: ['reminders_sent', ...PLAN_TABLES] });
    const claimed = await server.db.selectFrom('reminders_sent').select('person_id').execute();
    if (expected === 200) {
      expect(ComplianceReminderResult.parse(await response.json()).sent).toBeGreaterThanOrEqual(1);
      expect(claimed).toContainEqual({ person_id: cast.headOther.id });
      await channel.waitForActivities(1);
    } else {
      expect(claimed).toEqual([]);
      expect(channel.activities).toEqual([]);
    }
  });

  it('refuses an administrator', async () => {
    const response = await api.remind(await demoSession(server, 'Alex Kowalski'));
    expect(response.status).toBe(403);
    expect(await server.db.selectFrom('reminders_sent').selectAll().execute()).toEqual([]);
  });
});
