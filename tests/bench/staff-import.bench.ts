import { sql } from 'kysely';
import { ImportResult } from '../../api/src/contracts/directory-import.js';
import { demoPersonId } from '../factories/people.js';
import { signInAs } from '../support/start-test-server.js';
import { BASELINE } from './baselines.js';
import { verifyEqual, verifySameMembers, type Benchmark, type BenchContext } from './harness.js';
import { timed } from './measure.js';
import { generateStaffCsv, type StaffCsvFixture } from './staff-csv-fixture.js';

const PEOPLE = 5_000;
const DOMAIN = 'import-bench.example';

async function postImport(context: BenchContext, cookie: string, csv: string): Promise<ImportResult> {
  const response = await fetch(`${context.baseUrl}/api/directory/imports`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'text/csv' },
    body: csv,
  });
  const body = await response.text();
  verifyEqual(response.status, 200, `POST /api/directory/imports (${body.slice(0, 300)})`);
  return ImportResult.parse(JSON.parse(body));
}

/** What the database holds about the benchmark's people, read straight from the tables. */
async function directoryFacts(context: BenchContext) {
  const { rows } = await sql<{ people: number; managed: number; leavers: number; everyone: number; services: number; sites: number; lastUpdate: string | null }>`
    select count(*)::int as people,
           count(p.line_manager_id)::int as managed,
           count(*) filter (where p.status = 'leaver' and p.left_on is not null)::int as leavers,
           (select count(*)::int from people) as everyone,
           (select count(*)::int from services) as services,
           (select count(*)::int from sites) as sites,
           max(p.updated_at)::text as "lastUpdate"
    from people p where p.email like ${`%@${DOMAIN}`}`.execute(context.db);
  const latest = await context.db
    .selectFrom('directory_imports')
    .select(['created_count', 'updated_count', 'unchanged_count'])
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { ...rows[0]!, latest };
}

function verifyFirstImport(result: ImportResult, fixture: StaffCsvFixture): void {
  verifyEqual(result.dryRun, false, 'import dryRun');
  verifyEqual(result.rows, PEOPLE, 'import rows');
  verifyEqual(result.created, PEOPLE, 'import created');
  verifyEqual(result.updated, 0, 'import updated');
  verifyEqual(result.unchanged, 0, 'import unchanged');
  verifySameMembers(result.newServices, fixture.newServices, 'new services');
  verifySameMembers(result.newSites, fixture.newSites, 'new sites');
}

export const staffImportBenchmark: Benchmark = {
  name: 'staff-import',
  description: `POST /api/directory/imports: ${PEOPLE.toLocaleString('en-GB')} new people, then the same file again`,
  // A guard rail, not a goal: HR waits on the upload page, and ten seconds is about as long as anyone watches a spinner.
  target: { metric: 'import.time', op: '<=', value: 10_000, unit: 'ms' },
  async run(context) {
    const fixture = generateStaffCsv({ people: PEOPLE, domain: DOMAIN, label: 'Import Bench' });
    const cookie = await signInAs(context.baseUrl, await demoPersonId(context.db, 'Fiona Campbell'));
    const before = await directoryFacts(context);
    verifyEqual(before.people, 0, `people already at ${DOMAIN} before the import`);

    const first = await timed(() => postImport(context, cookie, fixture.csv));
    verifyFirstImport(first.result, fixture);
    const after = await directoryFacts(context);
    verifyEqual(after.people, PEOPLE, 'people in the database after the import');
    verifyEqual(after.everyone, before.everyone + PEOPLE, 'everyone in the database after the import');
    verifyEqual(after.managed, PEOPLE, 'imported people with a line manager');
    verifyEqual(after.leavers, fixture.leavers, 'imported leavers with a leaving date');
    verifyEqual(after.services, before.services + fixture.newServices.length, 'services after the import');
    verifyEqual(after.sites, before.sites + fixture.newSites.length, 'sites after the import');
    verifyEqual(after.latest?.created_count, PEOPLE, 'created count recorded for the import');

    const again = await timed(() => postImport(context, cookie, fixture.csv));
    verifyEqual(again.result.created, 0, 're-import created');
    verifyEqual(again.result.updated, 0, 're-import updated');
    verifyEqual(again.result.unchanged, PEOPLE, 're-import unchanged');
    verifySameMembers(again.result.newServices, [], 're-import new services');
    const unchanged = await directoryFacts(context);
    verifyEqual(unchanged.everyone, after.everyone, 'everyone in the database after the re-import');
    verifyEqual(unchanged.lastUpdate, after.lastUpdate, 'latest change to an imported person after the re-import');
    verifyEqual(unchanged.latest?.unchanged_count, PEOPLE, 'unchanged count recorded for the re-import');

    return {
      rows: { value: PEOPLE, unit: 'rows' },
      'file.size': { value: Buffer.byteLength(fixture.csv) / 1024, unit: 'KiB' },
      'import.time': { value: first.ms, unit: 'ms', relativeTo: BASELINE.cpuMs },
      'import.rate': { value: PEOPLE / (first.ms / 1000), unit: 'rows/s' },
      'reimport.time': { value: again.ms, unit: 'ms', relativeTo: BASELINE.cpuMs },
      'reimport.rate': { value: PEOPLE / (again.ms / 1000), unit: 'rows/s' },
    };
  },
};
