import { Me } from '../../api/src/contracts/me.js';
import { generateDemoCouncil } from '../../api/src/demo/demo-council.js';
import { signInAs } from '../support/start-test-server.js';
import { BASELINE, HTTP_CLIENTS } from './baselines.js';
import { RATIO_UNIT, verify, verifyEqual, type Benchmark, type BenchContext } from './harness.js';
import { expectStatus, runLoad } from './http-load.js';

/** Each client is a different member of staff with their own session, as in real use. */
async function signInClients(context: BenchContext): Promise<{ id: string; cookie: string }[]> {
  const active = generateDemoCouncil().rows.filter((row) => row.status === 'active');
  const step = Math.floor(active.length / HTTP_CLIENTS);
  const emails = Array.from({ length: HTTP_CLIENTS }, (_, index) => active[index * step]!.email);
  const people = await context.db.selectFrom('people').select(['id', 'email']).where('email', 'in', emails).execute();
  verifyEqual(people.length, HTTP_CLIENTS, 'demo people found to sign in as');

  return Promise.all(
    people.map(async (person) => {
      const cookie = await signInAs(context.baseUrl, person.id);
      // The full contract is checked once per client here; under load only the cheap check runs.
      const response = await fetch(`${context.baseUrl}/api/me`, { headers: { cookie } });
      verifyEqual(response.status, 200, `GET /api/me for ${person.email}`);
      const me = Me.parse(await response.json());
      verifyEqual(me.person.id, person.id, `GET /api/me person for ${person.email}`);
      return { id: person.id, cookie };
    }),
  );
}

async function measureGet(context: BenchContext, clients: { id: string; cookie: string }[], path: string, check: (body: string, client: number) => void) {
  const load = await runLoad({
    clients: clients.length,
    durationMs: 5_000,
    warmUpRequests: 200,
    request: (client) => ({ url: `${context.baseUrl}${path}`, headers: { cookie: clients[client]!.cookie } }),
    check: expectStatus(200, check),
  });
  return {
    requests: { value: load.requests, unit: 'requests' },
    rps: { value: load.requestsPerSecond, unit: 'req/s', relativeTo: BASELINE.httpRps },
    p50: { value: load.latencyMs.p50, unit: 'ms', relativeTo: BASELINE.httpP50 },
    p95: { value: load.latencyMs.p95, unit: 'ms', relativeTo: BASELINE.httpP95 },
    p99: { value: load.latencyMs.p99, unit: 'ms' },
  };
}

export const meBenchmark: Benchmark = {
  name: 'me',
  description: `GET /api/me, ${HTTP_CLIENTS} signed-in clients for 5 s`,
  target: [
    // Every tab page starts with this call: it must cost little more than the server's own floor.
    { metric: 'rps', op: '>=', value: 0.4, unit: RATIO_UNIT },
    // A guard rail: past a second a page feels broken.
    { metric: 'p95', op: '<=', value: 1_000, unit: 'ms' },
  ],
  async run(context) {
    const clients = await signInClients(context);
    return measureGet(context, clients, '/api/me', (body, client) => {
      const { person } = JSON.parse(body) as { person?: { id?: unknown } };
      verify(person?.id === clients[client]!.id, `GET /api/me answered client ${client} about ${String(person?.id)}`);
    });
  },
};

export const homeWaitingBenchmark: Benchmark = {
  name: 'home-waiting',
  description: `GET /api/me/waiting (Home's reminders from every capability), ${HTTP_CLIENTS} signed-in clients for 5 s`,
  target: { metric: 'p95', op: '<=', value: 1_000, unit: 'ms' },
  async run(context) {
    const clients = await signInClients(context);
    return measureGet(context, clients, '/api/me/waiting', (body, client) => {
      verify(Array.isArray((JSON.parse(body) as { items?: unknown }).items), `GET /api/me/waiting answered client ${client} without items`);
    });
  },
};
