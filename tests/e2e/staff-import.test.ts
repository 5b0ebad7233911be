import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { Persona } from '../../api/src/contracts/dev-sign-in.js';
import { PeoplePage } from '../../api/src/contracts/people.js';
import { demoEmail } from '../../api/src/demo/demo-council.js';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { THEMES, assertTabIsBuilt, demoPersonWithRole, openInTheme, signInThroughPicker } from './journeys.js';

// A real server and a real browser: starting them and waiting for pages takes seconds, not milliseconds.
jest.setTimeout(90_000);

const HEADER = 'email,display_name,job_title,service,site,line_manager_email,entra_object_id,status';
const NEWCOMER = 'morgan.ellery@example-council.gov.uk';

/** Line 2 is fine; line 3 has an e-mail address that is not one and a status the import does not know. */
const FILE_WITH_PROBLEMS = [
  HEADER,
  `${NEWCOMER},Morgan Ellery,Digital Apprentice,Customer Services,,,,active`,
  'not-an-email,Robin Sands,Clerk,Customer Services,,,,retired',
].join('\r\n');

const GOOD_FILE = [HEADER, `${NEWCOMER},Morgan Ellery,Digital Apprentice,Customer Services,,,,active`].join('\r\n');

/** Sam as the directory has him, but signing in with another Microsoft 365 account. */
const SAM = demoEmail('Sam Whitfield');
const FILE_CHANGING_SAMS_ACCOUNT = [
  HEADER,
  `${SAM},Sam Whitfield,Customer Services Adviser,Customer Services,Civic Centre,${demoEmail('Gareth Morgan')},${randomUUID()},active`,
].join('\r\n');

async function chooseFile(page: Page, name: string, content: string): Promise<void> {
  // The visible "Choose file" button opens the browser's file picker, which a test cannot click through.
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await page.getByText(`Chosen: ${name}`).waitFor();
}

async function focusedLabelledBy(page: Page): Promise<string | null> {
  return page.locator('*:focus').getAttribute('aria-labelledby');
}

describe('Importing the staff list', () => {
  let server: TestServer;
  let browser: Browser;
  let hr: Persona;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    hr = await demoPersonWithRole(server.baseUrl, 'hr');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists every problem in a file with a bad row, changes nothing, then imports the corrected file', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await signInThroughPicker(page, hr.displayName);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import the staff list' }).click();
      await page.getByRole('heading', { level: 1, name: 'Import the staff list' }).waitFor();

      await page.getByRole('button', { name: 'Check file' }).click();
      await page.getByText('Choose a CSV file first').waitFor();

      await chooseFile(page, 'staff-with-problems.csv', FILE_WITH_PROBLEMS);
      await page.getByRole('button', { name: 'Check file' }).click();
      await page.getByRole('heading', { level: 2, name: 'There is a problem' }).waitFor();
      // Focus moves to the error summary so its heading is the first thing read out.
      expect(await focusedLabelledBy(page)).toBe('import-problems-heading');

      const problems = page.getByRole('table', { name: 'Problems in the file' });
      const rows = problems.getByRole('row');
      expect(await rows.count()).toBe(1 + 2);
      expect((await rows.nth(1).innerText()).replace(/\s+/g, ' ')).toMatch(/^3 email must be an e-mail address/);
      expect((await rows.nth(2).innerText()).replace(/\s+/g, ' ')).toMatch(/^3 status must be "active" or "leaver"/);
      expect(await peopleNamed(page, 'Morgan Ellery')).toBe(0);

      await chooseFile(page, 'staff.csv', GOOD_FILE);
      await page.getByRole('button', { name: 'Check file' }).click();
      await page.getByText('Your file looks good').waitFor();
      await page.getByText('1 new person would be added').waitFor();
      expect(await focusedLabelledBy(page)).toBe('import-result-title');
      expect(await peopleNamed(page, 'Morgan Ellery')).toBe(0);

      await page.getByRole('button', { name: 'Import' }).click();
      await page.getByText('Import complete').waitFor();
      await page.getByText('1 new person added').waitFor();
      expect(await peopleNamed(page, 'Morgan Ellery')).toBe(1);

      // Importing at once a file that changes the account Sam signs in with: HR is stopped and asked.
      await chooseFile(page, 'sam.csv', FILE_CHANGING_SAMS_ACCOUNT);
      await page.getByRole('button', { name: 'Import' }).click();
      await page.getByText('Check who will sign in with another account').waitFor();
      expect(await focusedLabelledBy(page)).toBe('identity-changes-title');
      const people = page.getByRole('list', { name: 'People who will sign in with another account' });
      expect(await people.innerText()).toBe(`Row 2: would make Sam Whitfield (${SAM}) sign in with another Microsoft 365 account`);
      await expectNoAxeViolations(page, 'import staff asking to confirm an account change');

      await page.getByRole('checkbox', { name: 'I have checked these accounts are right' }).check();
      await page.getByRole('button', { name: 'Import' }).click();
      await page.getByText('Import complete').waitFor();
      await page.getByText('1 person changed to another Microsoft 365 account').waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets HR erase a leaver, whose name is then nowhere in the tab', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await signInThroughPicker(page, hr.displayName);
      const leaver = PeoplePage.parse(await (await page.request.get('/api/leavers?limit=1')).json()).items[0]!;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leavers’ data' }).click();
      await page.getByRole('heading', { level: 1, name: 'Leavers’ data' }).waitFor();
      await page.getByRole('searchbox').fill(leaver.displayName);
      const leavers = page.getByRole('list', { name: 'Leavers' });
      await leavers.getByRole('heading', { name: leaver.displayName }).waitFor();
      await expectNoAxeViolations(page, 'leavers’ data');

      await leavers.getByRole('button', { name: `Erase ${leaver.displayName}’s data` }).click();
      const dialog = page.getByRole('alertdialog', { name: `Erase ${leaver.displayName}’s data?` });
      await dialog.getByRole('textbox', { name: 'Type their name to confirm' }).fill('Someone Else');
      await dialog.getByRole('button', { name: `Erase ${leaver.displayName}` }).click();
      await dialog.getByText(`Type their name as it is shown: ${leaver.displayName}`).waitFor();
      await expectNoAxeViolations(page, 'erasure confirmation with an error');

      await dialog.getByRole('textbox', { name: 'Type their name to confirm' }).fill(leaver.displayName);
      await dialog.getByRole('button', { name: `Erase ${leaver.displayName}` }).click();
      await page.getByRole('status').getByText(`Erased ${leaver.displayName}’s data.`).waitFor();
      await page.getByText('No leavers match.', { exact: false }).waitFor();

      // Nowhere in the tab: not among leavers, colleagues or the audit log, which says only that an erasure happened.
      expect(PeoplePage.parse(await (await page.request.get(`/api/leavers?q=${encodeURIComponent(leaver.displayName)}`)).json()).total).toBe(0);
      expect(await peopleNamed(page, leaver.displayName)).toBe(0);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('table', { name: 'Audit log' }).getByText('erase').first().waitFor();
      expect(await page.locator('main').innerText()).not.toContain(leaver.displayName);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it('has no WCAG 2.2 AA violations on the import page, its error table, and the leavers’ data page', async () => {
      const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
      try {
        await signInThroughPicker(page, hr.displayName, theme);
        await openInTheme(page, '/directory/import', theme, 'Import the staff list');
        await expectNoAxeViolations(page, `import staff (${theme})`);

        await chooseFile(page, 'staff-with-problems.csv', FILE_WITH_PROBLEMS);
        await page.getByRole('button', { name: 'Check file' }).click();
        await page.getByRole('table', { name: 'Problems in the file' }).waitFor();
        await expectNoAxeViolations(page, `import staff with errors (${theme})`);

        await openInTheme(page, '/directory/leavers', theme, 'Leavers’ data');
        await page.getByRole('list', { name: 'Leavers' }).waitFor();
        await expectNoAxeViolations(page, `leavers’ data (${theme})`);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});

async function peopleNamed(page: Page, name: string): Promise<number> {
  const response = await page.request.get(`/api/people?q=${encodeURIComponent(name)}`);
  if (!response.ok()) throw new Error(`GET /api/people answered ${response.status()}`);
  return PeoplePage.parse(await response.json()).total;
}
