import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { PersonalDataExport } from '../../api/src/contracts/privacy.js';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { THEMES, assertTabIsBuilt, openInTheme, signInThroughPicker, waitForHeading } from './journeys.js';

jest.setTimeout(90_000);

/** The Teams app package links to these, so anyone must be able to read them without signing in. */
describe('The privacy notice and terms of use', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['/privacy', 'Privacy notice', 'Your rights'],
    ['/terms', 'Terms of use', 'Using the hub'],
  ])('%s opens without signing in, with zero axe violations in every theme', async (pathname, heading, section) => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      for (const theme of THEMES) {
        await openInTheme(page, pathname, theme, heading);
        expect(new URL(page.url()).pathname).toBe(pathname);
        await page.getByRole('heading', { level: 2, name: section }).waitFor();
        await expectNoAxeViolations(page, `${pathname} (${theme})`);
      }
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets Sam, signed in, find his data from any page and download it to read and as JSON', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await signInThroughPicker(page, 'Sam Whitfield');
      await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice and your data' }).click();
      await waitForHeading(page, 'Privacy notice');
      await page.getByRole('heading', { level: 2, name: 'Download your data' }).waitFor();
      // The notice states the retention the nightly job applies, from the same settings.
      await page.getByText('your information is kept for 12 months and then erased', { exact: false }).waitFor();
      await expectNoAxeViolations(page, 'privacy notice, signed in');

      const document = await downloaded(page, page.getByRole('button', { name: 'Download a document to read' }));
      expect(document.name).toMatch(/^digital-culture-hub-data-sam-whitfield-\d{4}-\d{2}-\d{2}\.html$/);
      expect(document.text).toContain('The data Digital Culture Hub holds about Sam Whitfield');
      await page.getByRole('status').getByText(`Downloaded ${document.name}`).waitFor();

      const json = await downloaded(page, page.getByRole('button', { name: 'Download for a computer (JSON)' }));
      expect(PersonalDataExport.parse(JSON.parse(json.text)).person.displayName).toBe('Sam Whitfield');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

async function downloaded(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}
