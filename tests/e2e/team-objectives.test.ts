import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { OBJECTIVES_EXPORT_COLUMNS } from '../../api/src/contracts/team-objectives.js';
import { buildAppraisalYear, buildObjective } from '../factories/objectives.js';
import { demoPersonId } from '../factories/people.js';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { inSignedInPage } from './audit-support.js';
import { THEMES, assertTabIsBuilt, openInTheme, waitForHeading } from './journeys.js';

// A real server and a real browser.
jest.setTimeout(180_000);

const DAY_MS = 24 * 60 * 60 * 1000;
const HEADING = 'Your team’s digital objectives';
const SAM_OBJECTIVE = 'Book meeting rooms in Outlook instead of by phone';
const LATE_OBJECTIVE = 'Keep the team’s rota in a shared Excel file';

/** The table's rows, without its header: one per person. */
function peopleRows(page: Page) {
  return page.getByRole('table', { name: 'People and their digital objectives' }).getByRole('row').filter({ hasNot: page.getByRole('columnheader') });
}

describe('The team objectives page and the appraisal years page', () => {
  let server: TestServer;
  let browser: Browser;
  let garethId: string;
  let samId: string;
  let fionaId: string;
  let lateName: string;
  let downloads: string;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    downloads = await mkdtemp(path.join(tmpdir(), 'objectives-export-'));
    const { db } = server;
    garethId = await demoPersonId(db, 'Gareth Morgan');
    samId = await demoPersonId(db, 'Sam Whitfield');
    fionaId = await demoPersonId(db, 'Fiona Campbell');
    // The open year is 2026/27 (April to March), and today falls in it.
    const yearId = await buildAppraisalYear(db, { startsOn: '2026-04-01', endsOn: '2027-03-31' });
    await buildObjective(db, samId, yearId, { status: 'proposed', title: SAM_OBJECTIVE, successMeasure: 'Every room I book is in Outlook, so nobody double-books.' });
    const late = await db
      .selectFrom('people')
      .select(['id', 'display_name'])
      .where('line_manager_id', '=', garethId)
      .where('id', '<>', samId)
      .where('status', '=', 'active')
      .orderBy('display_name')
      .executeTakeFirstOrThrow();
    lateName = late.display_name;
    // Agreed four months ago with no check-in since: the 90-day check-in is overdue.
    await buildObjective(db, late.id, yearId, { status: 'agreed', title: LATE_OBJECTIVE, agreedAt: new Date(Date.now() - 120 * DAY_MS), targetDate: '2027-02-28' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('takes Gareth from Home to what waits for his agreement, then to his team’s overdue check-ins', async () => {
    await inSignedInPage(browser, server.baseUrl, garethId, async (page) => {
    await page.goto('/');
    await waitForHeading(page, /Hello, Gareth/);
    await page.getByRole('link', { name: '1 digital objective waits for your agreement' }).click();
    await waitForHeading(page, HEADING);

    const waiting = page.getByRole('button', { name: 'Waiting for agreement (1)' });
    await waiting.waitFor();
    expect(await waiting.getAttribute('aria-pressed')).toBe('true');
    await expect(peopleRows(page).count()).resolves.toBe(1);
    const sam = peopleRows(page).first();
    expect(await sam.textContent()).toContain('Sam Whitfield');
    await sam.getByRole('link', { name: SAM_OBJECTIVE }).waitFor();
    await sam.getByText('Waiting for agreement').waitFor();

    await page.getByRole('button', { name: 'Check-in overdue (1)' }).click();
    await page.getByRole('link', { name: LATE_OBJECTIVE }).waitFor();
    await page.getByRole('link', { name: SAM_OBJECTIVE }).waitFor({ state: 'detached' });
    const late = peopleRows(page).first();
    expect(await late.textContent()).toContain(lateName);
    await late.getByText(/Check-in overdue since/).waitFor();

    // Everyone again, then narrowed by name.
    await page.getByRole('button', { name: /^Everyone \(\d+\)$/ }).click();
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('Whitfield');
    await page.getByRole('link', { name: LATE_OBJECTIVE }).waitFor({ state: 'detached' });
    await expect(peopleRows(page).count()).resolves.toBe(1);
    expect(await peopleRows(page).first().textContent()).toContain('Sam Whitfield');

    // The objective's own page is one click away.
    await page.getByRole('link', { name: SAM_OBJECTIVE }).click();
    await page.waitForURL(/\/objectives\/view\?id=/);
    });
  });

  it('lets Fiona (HR) export the council’s objectives as Excel from the tab', async () => {
    await inSignedInPage(browser, server.baseUrl, fionaId, async (page) => {
    await page.goto('/team/objectives');
    await waitForHeading(page, HEADING);
    await page.getByRole('heading', { level: 2, name: 'Everyone in the council' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('digital-objectives-2026-27.xlsx');
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByRole('status').filter({ hasText: 'Downloaded digital-objectives-2026-27.xlsx' }).waitFor();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...OBJECTIVES_EXPORT_COLUMNS]);
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows).toHaveLength(2);
    const sam = rows.find((row) => row[0] === 'Sam Whitfield');
    expect(sam?.slice(0, 10)).toEqual([
      'Sam Whitfield',
      expect.stringContaining('@'),
      'Customer Services Adviser',
      'Gareth Morgan',
      'Customer Services',
      'Develop a digital capability or skill',
      SAM_OBJECTIVE,
      'Every room I book is in Outlook, so nobody double-books.',
      'Waiting for agreement',
      new Date('2026-12-31T00:00:00Z'),
    ]);
    const late = rows.find((row) => row[0] === lateName);
    expect(late?.[6]).toBe(LATE_OBJECTIVE);
    expect(late?.[8]).toBe('Agreed');
    expect(late?.[3]).toBe('Gareth Morgan');

    const exported = await server.db.selectFrom('audit_log').select(['details']).where('actor_person_id', '=', fionaId).where('action', '=', 'export').execute();
    expect(exported.map((entry) => entry.details)).toEqual([expect.objectContaining({ format: 'xlsx', rows: 2, scope: 'council' })]);
    });
  });

  it('lets Fiona (HR) see the appraisal years, with the open one and its agree-by date', async () => {
    await inSignedInPage(browser, server.baseUrl, fionaId, async (page) => {
    await page.goto('/objectives/years');
    await waitForHeading(page, 'Appraisal years');
    const table = page.getByRole('table', { name: 'Appraisal years' });
    const year = table.getByRole('row').filter({ hasText: '2026/27' });
    await year.getByText('30 June 2026').waitFor();
    await year.getByRole('button', { name: 'Close 2026/27' }).waitFor();
    expect(await page.getByLabel('The appraisal year starts in').inputValue()).toBe('4');
    });
  });

  it('lets Fiona add next year, move its agree-by date, and tells her why it cannot open while this year is open', async () => {
    await inSignedInPage(browser, server.baseUrl, fionaId, async (page) => {
    await page.goto('/objectives/years');
    await waitForHeading(page, 'Appraisal years');
    expect(await page.getByLabel('Calendar year it starts in').inputValue()).toBe('2027');
    await page.getByRole('button', { name: 'Add year' }).click();
    await page.getByRole('status').filter({ hasText: '2027/28 added: it runs from 1 April 2027 to 31 March 2028.' }).waitFor();
    const next = page.getByRole('table', { name: 'Appraisal years' }).getByRole('row').filter({ hasText: '2027/28' });
    await next.getByText('30 June 2027').waitFor();
    await next.getByText('Planned').waitFor();

    await next.getByRole('button', { name: 'Change the agree-by date for 2027/28' }).click();
    const dialog = page.getByRole('dialog', { name: 'When should 2027/28 objectives be agreed by?' });
    await dialog.getByLabel('Agreed by').fill('2027-07-15');
    await dialog.getByRole('button', { name: 'Save the date' }).click();
    await page.getByRole('status').filter({ hasText: '2027/28 objectives should now be agreed by 15 July 2027.' }).waitFor();
    await next.getByText('15 July 2027').waitFor();

    await next.getByRole('button', { name: 'Open 2027/28' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Open 2027/28?' });
    await confirm.getByRole('button', { name: 'Open 2027/28' }).click();
    await confirm.getByText('2026/27 is open: close it before opening 2027/28').waitFor();
    await confirm.getByRole('button', { name: 'No, leave it' }).click();
    await confirm.waitFor({ state: 'detached' });

    const saved = await server.db.selectFrom('appraisal_years').select(['label', 'status', 'agree_by']).orderBy('starts_on').execute();
    expect(saved).toEqual([
      { label: '2026/27', status: 'open', agree_by: '2026-06-30' },
      { label: '2027/28', status: 'planned', agree_by: '2027-07-15' },
    ]);
    });
  });

  it.each(THEMES)('is free of accessibility problems for a line manager filtering his team, in the %s theme', async (theme) => {
    await inSignedInPage(browser, server.baseUrl, garethId, async (page) => {
    await openInTheme(page, '/team/objectives?status=check-in-overdue', theme, HEADING);
    await page.getByRole('link', { name: LATE_OBJECTIVE }).waitFor();
    await expectNoAxeViolations(page, `team objectives, ${theme} theme`);
    });
  });

  it.each(THEMES)('is free of accessibility problems for HR’s appraisal years, with a dialog open, in the %s theme', async (theme) => {
    await inSignedInPage(browser, server.baseUrl, fionaId, async (page) => {
    await openInTheme(page, '/objectives/years', theme, 'Appraisal years');
    await page.getByRole('table', { name: 'Appraisal years' }).waitFor();
    await expectNoAxeViolations(page, `appraisal years, ${theme} theme`);
    await page.getByRole('button', { name: 'Change the agree-by date for 2026/27' }).click();
    await page.getByRole('dialog', { name: 'When should 2026/27 objectives be agreed by?' }).waitFor();
    await expectNoAxeViolations(page, `appraisal years agree-by dialog, ${theme} theme`);
    });
  });
});
