import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ROWS, type Call, type Row } from './authorisation-matrix.rows.js';
import { buildWorld, fingerprints, ROLES, send, type Role, type World } from './authorisation-matrix.world.js';

/**
 * Every endpoint, sent what a careless or hostile client sends: each starts from the valid
 * request the authorisation matrix makes for someone allowed to use it, and fast-check
 * breaks it — a field of the wrong type, null, a huge or strange string, deep nesting, a
 * missing or extra field, a mangled path segment or query, a body that is not JSON at all.
 * No answer may be a 5xx, and when every answer refused the request, nothing was written.
 *
 * FUZZ_RUNS sets the requests per endpoint (`npm run fuzz` sends 10,000); the suite sends a
 * few dozen so that it stays quick. FUZZ_SEED replays a run.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
/** Generous: a broken request is answered in milliseconds, and a slow one is what this looks for. */
const TIMEOUT_MS = 60_000 + RUNS * 100;
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);

const strangeString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '%00', '../../etc/passwd', '<script>alert(1)</script>', '=cmd|/C calc!A0', "'; drop table people; --", '🧑‍💻'.repeat(50), '\u202e'),
  fc.nat({ max: 300_000 }).map((length) => 'x'.repeat(length)),
);

/** Nested `depth` levels deep: arrays or objects, the shapes parsers recurse on. */
const deeplyNested = fc.integer({ min: 50, max: 5_000 }).chain((depth) =>
  fc.boolean().map((arrays) => (arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth))),
);

const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
  strangeString,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 0.5, Number.MAX_SAFE_INTEGER + 2, [], {}),
  fc.integer(),
  fc.double(),
  fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 20 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 10 }),
);

type Mutation = { path: string; body: unknown };

function fieldsOf(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value);
}

/** The ways of breaking one valid request. */
function mutations(call: Call): fc.Arbitrary<Mutation> {
  const { path } = call;
  const body = call.body;
  const [pathname, query = ''] = path.split('?');
  const segments = pathname!.split('/');
  const fields = fieldsOf(body);
  const queryKeys = [...new URLSearchParams(query).keys()];

  const options: fc.Arbitrary<Mutation>[] = [
    // A path segment (an id, usually) replaced.
    fc.tuple(fc.integer({ min: 2, max: Math.max(2, segments.length - 1) }), strangeString).map(([index, value]) => {
      const copy = [...segments];
      // A lone surrogate cannot be percent-encoded; a client would send the replacement character.
      copy[index] = encodeURIComponent(value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
      return { path: `${copy.join('/')}${query ? `?${query}` : ''}`, body };
    }),
    // A query parameter, known or made up, with a strange value.
    fc.tuple(queryKeys.length > 0 ? fc.constantFrom(...queryKeys) : fc.string({ minLength: 1, maxLength: 12 }), strangeString).map(([key, value]) => {
      const params = new URLSearchParams(query);
      params.set(key, value);
      return { path: `${pathname}?${params.toString()}`, body };
    }),
    // A body that is not JSON, or JSON nested thousands deep.
    fc.oneof(strangeString, deeplyNested).map((text) => ({ path, body: text })),
    // A whole body of the wrong shape.
    strangeValue.map((value) => ({ path, body: value })),
    // An unknown field added.
    fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), strangeValue).map(([key, value]) => ({
      path,
      body: { ...(typeof body === 'object' && body !== null ? body : {}), [key]: value },
    })),
  ];
  if (fields.length > 0) {
    const record = body as Record<string, unknown>;
    options.push(
      // A field of the wrong type or value.
      fc.tuple(fc.constantFrom(...fields), strangeValue).map(([key, value]) => ({ path, body: { ...record, [key]: value } })),
      // A field left out.
      fc.constantFrom(...fields).map((key) => {
        const { [key]: _left, ...rest } = record;
        return { path, body: rest };
      }),
    );
  }
  return fc.oneof(...options);
}

/** Someone the matrix lets use the route, so the request gets past authorisation to the parsing. */
function allowedRole(row: Row): Role | undefined {
  return ROLES.find((role) => row.expected[role] === 'allowed');
}

let world: World;

beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => {
  await world?.server.close();
});

describe('every endpoint, sent broken requests', () => {
  it.each(ROWS.map((row) => [row.route, row] as const))('%s: never a 5xx, and a refused request writes nothing', async (route, row) => {
    const role = allowedRole(row);
    if (!role) throw new Error(`${route} lets nobody use it: nothing to fuzz`);
    const method = route.split(' ')[0]!;
    const changes = method !== 'GET';
    const base = await row.call(world, role);
    const answers: number[] = [];
    const before = changes ? await fingerprints(world) : undefined;
    try {
      await fc.assert(
        fc.asyncProperty(mutations(base), async (mutation) => {
          const response = await send(world, role, method, mutation.path, method === 'GET' ? undefined : mutation.body, base.cookie ? { cookie: base.cookie } : {});
          await response.arrayBuffer();
          answers.push(response.status);
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      if (before && answers.every((status) => status >= 400)) {
        const after = await fingerprints(world);
        expect(Object.keys(after).filter((table) => after[table] !== before[table])).toEqual([]);
      }
    } finally {
      await row.restore?.(world);
    }
  }, TIMEOUT_MS);
});
