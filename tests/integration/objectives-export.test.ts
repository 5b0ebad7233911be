import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Validator } from '@seriousme/openapi-schema-validator';
import ExcelJS from 'exceljs';
import { Problem } from '../../api/src/contracts/common.js';
import { OBJECTIVES_EXPORT_COLUMNS, TeamObjectives } from '../../api/src/contracts/team-objectives.js';
import { buildAppraisalYear, buildObjective } from '../factories/objectives.js';
import { buildPerson } from '../factories/people.js';
import { request } from '../support/http-client.js';
import { CAST_ROLES, objectivesCast, type Cast, type CastMember, type CastRole } from '../support/objectives-cast.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
let cast: Cast;
let yearId: string;
let helenReportId: string;
let outsideReportId: string;

const FORMULA_TITLE = '=HYPERLINK("https://example.invalid","Click me")';
const MEASURE = 'I book rooms in Teams, not by "phoning round", and\nshare the link.';

function exportPath(format: 'csv' | 'xlsx', year = yearId): string {
  return `/api/objectives/export?format=${format}&yearId=${year}`;
}

async function download(member: CastMember, format: 'csv' | 'xlsx'): Promise<Response> {
  return request(server.baseUrl, 'GET', exportPath(format), member.headers);
}

/** Reads CSV back the way RFC 4180 writes it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) throw new Error('The CSV does not end with CRLF');
  return rows;
}

async function csvRows(member: CastMember): Promise<string[][]> {
  const response = await download(member, 'csv');
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, ''));
}

async function workbookFrom(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

async function exportedPeople(member: CastMember): Promise<Set<string>> {
  const rows = await csvRows(member);
  return new Set(rows.slice(1).map((row) => row[1]!));
}

async function emailOf(personId: string): Promise<string> {
  const row = await server.db.selectFrom('people').select('email').where('id', '=', personId).executeTakeFirstOrThrow();
  return row.email;
}

beforeAll(async () => {
  server = await startTestServer();
  cast = await objectivesCast(server);
  const { db } = server;
  yearId = await buildAppraisalYear(db);

  const samObjective = await buildObjective(db, cast.staff.id, yearId, {
    status: 'in-progress',
    title: FORMULA_TITLE,
    successMeasure: MEASURE,
    targetDate: '2027-01-31',
    progress: 60,
    proposedAt: new Date('2026-05-01T09:00:00Z'),
    // Half past midnight in the UK on 8 May (British Summer Time): the council's date, not UTC's.
    agreedAt: new Date('2026-05-07T23:30:00Z'),
    lastCheckInAt: new Date('2026-09-01T14:00:00Z'),
  });
  await db.updateTable('objectives').set({ agreed_by: cast.directManager.id }).where('id', '=', samObjective).execute();
  await buildObjective(db, cast.staff.id, yearId, { status: 'withdrawn', title: 'A withdrawn objective never leaves the hub' });

  const completed = await buildObjective(db, cast.staff.id, yearId, { status: 'completed', kind: 'support', title: '+ Help Dave with e-forms', progress: 100 });
  await db.updateTable('objectives').set({ outcome: 'partly', outcome_comment: '-2 sessions missed, @Dave still keen' }).where('id', '=', completed).execute();

  helenReportId = await buildPerson(db, { displayName: 'Hana Okafor', serviceId: cast.headOther.serviceId, lineManagerId: cast.headOther.id });
  await buildObjective(db, helenReportId, yearId, { status: 'proposed', title: 'Use the housing app on visits' });
  outsideReportId = await buildPerson(db, { displayName: 'Olu Bright', serviceId: cast.managerOutside.serviceId, lineManagerId: cast.managerOutside.id });
  await buildObjective(db, outsideReportId, yearId, { status: 'draft', title: 'Try the new rota tool' });
});

afterAll(async () => {
  await server?.close();
});

describe('GET /api/objectives/export?format=csv', () => {
  it('sends UTF-8 with a byte order mark, as an attachment named after the year', async () => {
    const response = await download(cast.hr, 'csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="digital-objectives-2026-27.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(`\uFEFF${OBJECTIVES_EXPORT_COLUMNS.join(',')}\r\n`)).toBe(true);
  });

  it('quotes fields with commas, quotes and line breaks, and neutralises cells a spreadsheet would run as formulas', async () => {
    const response = await download(cast.hr, 'csv');
    const text = await response.text();
    expect(text).toContain(`"'=HYPERLINK(""https://example.invalid"",""Click me"")"`);
    expect(text).toContain('"I book rooms in Teams, not by ""phoning round"", and\nshare the link."');

    const rows = await csvRows(cast.hr);
    const sam = rows.filter((row) => row[0] === 'Sam Whitfield');
    const samEmail = await emailOf(cast.staff.id);
    expect(sam).toHaveLength(2);
    expect(sam.find((row) => row[6] === `'${FORMULA_TITLE}`)).toEqual([
      'Sam Whitfield',
      samEmail,
      'Customer Services Adviser',
      'Gareth Morgan',
      'Customer Services',
      'Develop a digital capability or skill',
      `'${FORMULA_TITLE}`,
      MEASURE,
      'In progress',
      '2027-01-31',
      '2026-05-01',
      '2026-05-08',
      'Gareth Morgan',
      '60',
      '2026-09-01',
      '',
      '',
    ]);
    const completed = sam.find((row) => row[6] === "'+ Help Dave with e-forms");
    expect(completed?.[5]).toBe('Support someone else to become proficient');
    expect(completed?.[8]).toBe('Outcome recorded');
    expect(completed?.slice(13)).toEqual(['100', '', 'Partly achieved', "'-2 sessions missed, @Dave still keen"]);
  });

  it('leaves withdrawn objectives out', async () => {
    const rows = await csvRows(cast.hr);
    expect(rows.some((row) => row[6] === 'A withdrawn objective never leaves the hub')).toBe(false);
  });
});

describe('GET /api/objectives/export?format=xlsx', () => {
  it('streams a workbook with a bold, frozen header row, sensible widths and real dates', async () => {
    const response = await download(cast.hr, 'xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="digital-objectives-2026-27.xlsx"');
    const workbook = await workbookFrom(response);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Objectives 2026-27');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const header = sheet.getRow(1);
    expect((header.values as unknown[]).slice(1)).toEqual([...OBJECTIVES_EXPORT_COLUMNS]);
    OBJECTIVES_EXPORT_COLUMNS.forEach((_, index) => expect(header.getCell(index + 1).font?.bold).toBe(true));
    OBJECTIVES_EXPORT_COLUMNS.forEach((heading, index) => {
      const width = sheet.getColumn(index + 1).width ?? 0;
      expect({ heading, fits: width >= Math.min(heading.length, 40) && width <= 60 }).toEqual({ heading, fits: true });
    });
  });

  it('writes every column of an objective with its own type: text as text, progress as a number, dates as dates', async () => {
    const workbook = await workbookFrom(await download(cast.hr, 'xlsx'));
    const sheet = workbook.worksheets[0]!;
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push(row);
    });
    const sam = rows.find((row) => row.getCell(7).value === FORMULA_TITLE);
    if (!sam) throw new Error('Sam’s objective is not in the workbook');
    const values = (sam.values as unknown[]).slice(1);
    expect(values).toEqual([
      'Sam Whitfield',
      await emailOf(cast.staff.id),
      'Customer Services Adviser',
      'Gareth Morgan',
      'Customer Services',
      'Develop a digital capability or skill',
      FORMULA_TITLE,
      MEASURE,
      'In progress',
      new Date('2027-01-31T00:00:00Z'),
      new Date('2026-05-01T00:00:00Z'),
      new Date('2026-05-08T00:00:00Z'),
      'Gareth Morgan',
      60,
      new Date('2026-09-01T00:00:00Z'),
    ]);
    // A title that looks like a formula is stored as text, which a spreadsheet never runs.
    expect(sam.getCell(7).type).toBe(ExcelJS.ValueType.String);
    expect(sam.getCell(10).numFmt).toBe('dd/mm/yyyy');
    expect(sam.getCell(14).type).toBe(ExcelJS.ValueType.Number);

    const completed = rows.find((row) => row.getCell(7).value === '+ Help Dave with e-forms');
    expect(completed?.getCell(16).value).toBe('Partly achieved');
    expect(completed?.getCell(17).value).toBe('-2 sessions missed, @Dave still keen');
    expect(rows.some((row) => row.getCell(7).value === 'A withdrawn objective never leaves the hub')).toBe(false);
    const csv = await csvRows(cast.hr);
    expect(rows).toHaveLength(csv.length - 1);
  });
});

describe('Who may export, and whose objectives they get', () => {
  it.each(['staff', 'policy', 'digital'] as const)('returns 403 to %s, in both formats', async (role) => {
    for (const format of ['csv', 'xlsx'] as const) {
      const response = await download(cast[role], format);
      expect(response.status).toBe(403);
      expect(Problem.parse(await response.json()).detail).toBe('Only line managers and HR can export digital objectives.');
    }
  });

  it('gives Gareth, Sam’s line manager, his own reporting line only', async () => {
    const people = await exportedPeople(cast.directManager);
    expect(people).toEqual(new Set([await emailOf(cast.staff.id)]));
  });

  it('gives the head of Customer Services their whole line, Sam and the team managers’ people included', async () => {
    const people = await exportedPeople(cast.indirectManager);
    expect(people).toEqual(new Set([await emailOf(cast.staff.id), await emailOf(outsideReportId)]));
  });

  it('gives a manager outside Sam’s chain their own people, and not Sam', async () => {
    const people = await exportedPeople(cast.managerOutside);
    expect(people).toEqual(new Set([await emailOf(outsideReportId)]));
  });

  it('gives the head of another service their own people, and not Sam', async () => {
    const people = await exportedPeople(cast.headOther);
    expect(people).toEqual(new Set([await emailOf(helenReportId)]));
  });

  it('gives HR the whole council', async () => {
    const people = await exportedPeople(cast.hr);
    expect(people).toEqual(new Set([await emailOf(cast.staff.id), await emailOf(helenReportId), await emailOf(outsideReportId)]));
  });

  it('returns 404 for a year that does not exist', async () => {
    const response = await request(server.baseUrl, 'GET', exportPath('csv', '5d7a8d3e-2b4f-4a7c-9a51-0e2c6f1b9d22'), cast.hr.headers);
    expect(response.status).toBe(404);
  });

  it('returns 400 naming the field for an unknown format', async () => {
    const response = await request(server.baseUrl, 'GET', `/api/objectives/export?format=pdf&yearId=${yearId}`, cast.hr.headers);
    expect(response.status).toBe(400);
    expect(Problem.parse(await response.json()).errors?.map((error) => error.field)).toEqual(['query.format']);
  });
});

describe('Who sees Sam in the team view (GET /api/objectives/team)', () => {
  const expectations: Record<CastRole, 200 | 403 | 'without Sam'> = {
    staff: 403,
    directManager: 200,
    indirectManager: 200,
    managerOutside: 'without Sam',
    headOwn: 200,
    headOther: 'without Sam',
    policy: 403,
    hr: 200,
    digital: 403,
  };

  it.each(CAST_ROLES)('answers %s as the matrix says', async (role) => {
    const response = await request(server.baseUrl, 'GET', '/api/objectives/team?q=Whitfield', cast[role].headers);
    const expected = expectations[role];
    if (expected === 403) {
      expect(response.status).toBe(403);
      return;
    }
    expect(response.status).toBe(200);
    const page = TeamObjectives.parse(await response.json());
    const seesSam = page.items.some((item) => item.person.id === cast.staff.id);
    expect(seesSam).toBe(expected === 200);
  });

  it('refuses to narrow the view to Sam’s manager for someone outside Sam’s chain', async () => {
    for (const role of ['managerOutside', 'headOther'] as const) {
      const response = await request(server.baseUrl, 'GET', `/api/objectives/team?teamManagerId=${cast.directManager.id}`, cast[role].headers);
      expect(response.status).toBe(404);
    }
  });
});

describe('Every export leaves a trace', () => {
  it('writes one audit-log export entry with the format, the year and how many rows left the hub', async () => {
    const before = new Date();
    const rows = (await csvRows(cast.indirectManager)).length - 1;
    const workbook = await workbookFrom(await download(cast.hr, 'xlsx'));
    const entries = await server.db
      .selectFrom('audit_log')
      .select(['actor_person_id', 'action', 'resource', 'subject_person_id', 'details'])
      .where('action', '=', 'export')
      .where('resource', '=', 'objectives')
      .where('at', '>=', before)
      .orderBy('id')
      .execute();
    expect(entries).toEqual([
      { actor_person_id: cast.indirectManager.id, action: 'export', resource: 'objectives', subject_person_id: null, details: { format: 'csv', yearId, rows, scope: 'line' } },
      {
        actor_person_id: cast.hr.id,
        action: 'export',
        resource: 'objectives',
        subject_person_id: null,
        details: { format: 'xlsx', yearId, rows: workbook.worksheets[0]!.rowCount - 1, scope: 'council' },
      },
    ]);
  });

  it('writes nothing for an export that was refused', async () => {
    const before = new Date();
    await download(cast.staff, 'csv');
    const entries = await server.db.selectFrom('audit_log').select('id').where('action', '=', 'export').where('at', '>=', before).execute();
    expect(entries).toEqual([]);
  });
});

describe('Exporting when no year is open', () => {
  it('returns 409 saying to choose a year, and exports a year asked for by id', async () => {
    await server.db.updateTable('appraisal_years').set({ status: 'closed' }).where('id', '=', yearId).execute();
    try {
      const response = await request(server.baseUrl, 'GET', '/api/objectives/export?format=csv', cast.hr.headers);
      expect(response.status).toBe(409);
      expect(Problem.parse(await response.json()).detail).toContain('Choose the year to export.');
      expect((await csvRows(cast.hr)).length).toBeGreaterThan(1);
    } finally {
      await server.db.updateTable('appraisal_years').set({ status: 'open' }).where('id', '=', yearId).execute();
    }
  });
});

describe('The export in the OpenAPI document', () => {
  it('is described as a CSV or Excel file, in a document that stays valid', async () => {
    const document = (await (await request(server.baseUrl, 'GET', '/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    const ok = document.paths['/api/objectives/export']?.get?.responses['200'];
    expect(Object.keys(ok?.content ?? {})).toEqual(['text/csv; charset=utf-8', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(document.paths['/api/objectives/team']?.get?.responses['200']?.content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/TeamObjectives' } },
    });
  });
});
