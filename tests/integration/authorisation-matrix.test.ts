import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Problem } from '../../api/src/contracts/common.js';
import { Me } from '../../api/src/contracts/me.js';
import { ROWS, type Call, type Outcome, type Row } from './authorisation-matrix.rows.js';
import { buildWorld, fingerprints, ROLES, send, SIGNED_IN_ROLES, type Role, type World } from './authorisation-matrix.world.js';

/**
 * One authorisation matrix for the whole API: every route the server documents, for every
 * role in the cast, against the rows in authorisation-matrix.rows.ts. A refused request to
 * change something must also leave every table as it was.
 */

let world: World;
let documented: Set<string>;

beforeAll(async () => {
  world = await buildWorld();
  const document = (await (await fetch(`${world.baseUrl}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
  documented = new Set(Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`)));
});

afterAll(async () => {
  await world?.server.close();
});

/** What the request proved, or, when it proved nothing, why not. */
async function outcomeOf(response: Response): Promise<Outcome | string> {
  const text = await response.text();
  const { status } = response;
  if (status === 401 || status === 403 || status === 404) {
    const problem = Problem.safeParse(text.startsWith('{') ? JSON.parse(text) : undefined);
    return problem.success ? status : `${status} without a problem document`;
  }
  if (status === 400) return `400, so the request proves nothing: ${text}`;
  if (status === 429 || status >= 500) return `${status}: ${text}`;
  return 'allowed';
}

async function answer(row: Row, role: Role, call: Call): Promise<Outcome | string> {
  const method = row.route.split(' ')[0]!;
  const options = { ...(call.contentType ? { contentType: call.contentType } : {}), ...(call.cookie ? { cookie: call.cookie } : {}) };
  return outcomeOf(await send(world, role, method, call.path, call.body, options));
}

async function answersAs(row: Row, roles: readonly Role[], calls: Map<Role, Call>): Promise<[Role, Outcome | string][]> {
  return Promise.all(roles.map(async (role) => [role, await answer(row, role, calls.get(role)!)] as [Role, Outcome | string]));
}

describe('the matrix', () => {
  it('has a row for every route in the OpenAPI document', () => {
    const declared = new Set(ROWS.map((row) => row.route));
    expect([...documented].filter((route) => !declared.has(route)).map((route) => `${route}: declare who may use it in authorisation-matrix.rows.ts`)).toEqual([]);
  });

  it('has no row for a route the server no longer has', () => {
    expect(ROWS.filter((row) => !documented.has(row.route)).map((row) => `${row.route}: no such route, remove its row`)).toEqual([]);
  });

  it('is written against people who hold the roles it names', async () => {
    const held = await Promise.all(
      SIGNED_IN_ROLES.map(async (role) => {
        const me = Me.parse(await (await send(world, role, 'GET', '/api/me')).json());
        return [role, me.roles.map((badge) => badge.role).sort()] as const;
      }),
    );
    expect(Object.fromEntries(held)).toEqual({
      staff: ['staff'],
      otherStaff: ['staff'],
      lineManager: ['lineManager', 'staff'],
      headOfService: ['headOfService', 'lineManager', 'staff'],
      champion: ['champion', 'staff'],
      digital: ['digital', 'staff'],
      policy: ['policy', 'staff'],
      hr: ['hr', 'staff'],
      admin: ['admin', 'staff'],
    });
    const sam = await world.db.selectFrom('people').select('line_manager_id').where('id', '=', world.id.staff).executeTakeFirstOrThrow();
    expect(sam.line_manager_id).toBe(world.id.lineManager);
  });

  it('declares each route once', () => {
    const routes = ROWS.map((row) => row.route);
    expect(routes.filter((route, index) => routes.indexOf(route) !== index)).toEqual([]);
  });
});

describe('who may use each route', () => {
  it.each(ROWS.map((row) => [`${row.route}: ${row.who}`, row] as const))('%s', async (_name, row) => {
    if (!documented.has(row.route)) throw new Error(`${row.route} is not in the OpenAPI document: remove its row`);
    const calls = new Map<Role, Call>();
    // One after another: some fixtures take the next place in a list.
    for (const role of ROLES) calls.set(role, await row.call(world, role));

    const refused = ROLES.filter((role) => row.expected[role] !== 'allowed');
    const allowed = ROLES.filter((role) => row.expected[role] === 'allowed');
    const changes = !row.route.startsWith('GET ');
    let outcomes: [Role, Outcome | string][];
    let changedByRefusals: string[] = [];
    try {
      if (changes) {
        const before = await fingerprints(world);
        const refusals = await answersAs(row, refused, calls);
        const after = await fingerprints(world);
        changedByRefusals = Object.keys(after).filter((table) => after[table] !== before[table]);
        outcomes = [...refusals, ...(await answersAs(row, allowed, calls))];
      } else {
        outcomes = await answersAs(row, ROLES, calls);
      }
    } finally {
      await row.restore?.(world);
    }

    expect({ outcomes: Object.fromEntries(outcomes), tablesChangedByRefusedRequests: changedByRefusals }).toEqual({
      outcomes: row.expected,
      tablesChangedByRefusedRequests: [],
    });
  });
});
