import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { buildPerson } from '../factories/people.js';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { THEMES, assertTabIsBuilt, demoPersonWithRole, focusedElementText, signInThroughPicker, waitForHeading, type Theme } from './journeys.js';

// A real server and a real browser.
jest.setTimeout(120_000);

/**
 * Becoming a Digital Champion in the tab: a colleague volunteers, the digital team
 * approves them, and the new champion fills in their profile. Every page is checked with
 * axe in each Teams theme.
 */
describe('a colleague volunteers, is approved and fills in their champion profile', () => {
  let server: TestServer;
  let browser: Browser;
  const volunteerName = `Ffion Volunteer ${randomUUID().slice(0, 4)}`;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    await buildPerson(server.db, { displayName: volunteerName, entraObjectId: randomUUID() });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Like openInTheme, for pages with several parts loading at once: waits until no spinner is left. */
  async function openInTheme(page: Page, address: string, theme: Theme, heading: string): Promise<void> {
    await page.goto(`${address}?theme=${theme}`);
    await waitForHeading(page, heading);
    const spinners = page.locator('[role="status"] .fui-Spinner');
    while ((await spinners.count()) > 0) await spinners.first().waitFor({ state: 'detached' });
  }

  async function signedIn(displayName: string): Promise<{ page: Page; pageErrors: string[]; close: () => Promise<void> }> {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
    await signInThroughPicker(page, displayName);
    return { page, pageErrors, close: () => context.close() };
  }

  it('volunteers from the Digital Champions page', async () => {
    const { page, pageErrors, close } = await signedIn(volunteerName);
    try {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Digital Champions' }).click();
      await waitForHeading(page, 'Digital Champions');
      await expectNoAxeViolations(page, 'Digital Champions page before volunteering');

      await page.getByRole('button', { name: 'Volunteer' }).click();
      await page.getByRole('alertdialog', { name: 'Volunteer to be a Digital Champion?' }).waitFor();
      await expectNoAxeViolations(page, 'the volunteer confirmation');
      await page.getByRole('button', { name: 'Yes, volunteer' }).click();

      await page.getByRole('heading', { name: 'Your status: Volunteered, waiting for approval' }).waitFor();
      await expect(page.getByRole('status').filter({ hasText: 'Thank you for volunteering' }).count()).resolves.toBe(1);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('is approved by the digital team from the manage section', async () => {
    const digital = await demoPersonWithRole(server.baseUrl, 'digital');
    const { page, pageErrors, close } = await signedIn(digital.displayName);
    try {
      for (const theme of THEMES) {
        await openInTheme(page, '/champions', theme, 'Digital Champions');
        await page.getByRole('table', { name: 'Champion records' }).waitFor();
        await expectNoAxeViolations(page, `manage champions in the ${theme} theme`);
      }
      await page.getByRole('button', { name: `Approve ${volunteerName}` }).click();
      const dialog = page.getByRole('alertdialog', { name: `Approve ${volunteerName} as a Digital Champion?` });
      await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill('Welcome to the team');
      await dialog.getByRole('button', { name: 'Approve' }).click();

      await page.getByRole('status').filter({ hasText: `${volunteerName} is now an active Digital Champion.` }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('fills in the profile: a problem is named and focused, then the profile is saved', async () => {
    const { page, pageErrors, close } = await signedIn(volunteerName);
    try {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Champion profile' }).click();
      await waitForHeading(page, 'Champion profile');
      await page.getByRole('table', { name: 'Champion history' }).getByRole('cell', { name: 'Welcome to the team' }).waitFor();

      await page.getByRole('textbox', { name: /What you can help with/ }).fill('Excel\nScreen readers');
      await page.getByRole('checkbox', { name: 'Saturday' }).check();
      await page.getByRole('spinbutton', { name: /How many people you can support at once/ }).fill('0');
      await page.getByRole('button', { name: 'Save my profile' }).click();

      await page.getByRole('group', { name: 'There is a problem' }).filter({ hasText: 'Your profile was not saved.' }).waitFor();
      expect(await focusedElementText(page)).toContain('How many people at once: must be at least 1');
      await expectNoAxeViolations(page, 'the profile with a problem');

      await page.getByRole('spinbutton', { name: /How many people you can support at once/ }).fill('4');
      await page.getByRole('button', { name: 'Save my profile' }).click();
      await page.getByRole('status').filter({ hasText: 'Your profile is saved.' }).waitFor();

      for (const theme of THEMES) {
        await openInTheme(page, '/champions/profile', theme, 'Champion profile');
        await expect(page.getByRole('spinbutton', { name: /How many people you can support at once/ }).inputValue()).resolves.toBe('4');
        await expectNoAxeViolations(page, `the champion profile in the ${theme} theme`);
      }
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
