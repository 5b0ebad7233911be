import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { THEMES, assertTabIsBuilt, openInTheme } from './journeys.js';

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
});
