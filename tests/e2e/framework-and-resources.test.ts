import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { Persona } from '../../api/src/contracts/dev-sign-in.js';
import { LearningResourcePage } from '../../api/src/contracts/learning-resources.js';
import { FrameworkVersion } from '../../api/src/contracts/skills-framework.js';
import { DEFAULT_FRAMEWORK } from '../../api/src/domain/audit/default-framework.js';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { THEMES, assertTabIsBuilt, demoPersonWithRole, focused, openInTheme, signInThroughPicker, waitForHeading } from './journeys.js';

// A real server and a real browser: starting them and waiting for pages takes seconds, not milliseconds.
jest.setTimeout(120_000);

const SEARCH = 'Use a search engine to look for information online';
const WIFI = 'Connect a device to Wi-Fi';

describe('The skills framework and the learning resource library', () => {
  let server: TestServer;
  let browser: Browser;
  let hr: Persona;
  let digital: Persona;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    [hr, digital] = await Promise.all([demoPersonWithRole(server.baseUrl, 'hr'), demoPersonWithRole(server.baseUrl, 'digital')]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(person: Persona, options: { theme?: (typeof THEMES)[number]; width?: number } = {}) {
    const viewport = options.width ? { width: options.width, height: 800 } : undefined;
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl, ...(viewport ? { viewport } : {}) });
    await signInThroughPicker(page, person.displayName, options.theme);
    return { page, pageErrors, close: () => context.close() };
  }

  async function currentFramework(page: Page): Promise<FrameworkVersion> {
    return FrameworkVersion.parse(await (await page.request.get('/api/audit/framework')).json());
  }

  it('lets HR reword a statement, move one by keyboard, check the changes and save them as version 2', async () => {
    const { page, pageErrors, close } = await signedIn(hr);
    try {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Skills framework' }).click();
      await waitForHeading(page, 'Skills framework');
      await page.getByRole('heading', { level: 2, name: `Version 1: ${DEFAULT_FRAMEWORK.name}` }).waitFor();

      await page.getByRole('button', { name: `Change “${SEARCH}”` }).click();
      const form = page.getByRole('form', { name: 'Change statement 1' });
      await form.getByRole('textbox', { name: 'Statement' }).fill('Use a search engine, such as Bing, to find information online');
      await form.getByRole('button', { name: 'Keep these changes' }).click();
      await page.getByText('Use a search engine, such as Bing, to find information online', { exact: true }).waitFor();

      // Keyboard only: focus stays on the moved statement's button, so it can be moved again.
      await page.getByRole('button', { name: `Move down “${WIFI}”` }).focus();
      await page.keyboard.press('Enter');
      expect((await focused(page).textContent())?.trim()).toBe(`Move down “${WIFI}”`);
      await page.getByText(`Moved “${WIFI}” to position 4 of 6 in Foundation.`).waitFor({ state: 'attached' });

      await page.getByRole('button', { name: 'Check changes' }).click();
      await page.getByRole('heading', { level: 3, name: 'Reworded (1)' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Moved (1)' }).waitFor();
      await page.getByRole('textbox', { name: 'Note about this version (optional)' }).fill('Plainer search wording; Wi-Fi after the browser');
      await page.getByRole('button', { name: 'Save as version 2' }).click();
      await page.getByText('Saved as version 2').waitFor();

      const saved = await currentFramework(page);
      expect(saved).toMatchObject({ version: 2, createdBy: hr.displayName, note: 'Plainer search wording; Wi-Fi after the browser' });
      expect(saved.categories[1]!.statements[0]!.text).toBe('Use a search engine, such as Bing, to find information online');
      expect(saved.categories[0]!.statements.map((statement) => statement.key).indexOf('connect-to-wifi')).toBe(3);
      await page.getByRole('heading', { level: 2, name: `Version 2: ${DEFAULT_FRAMEWORK.name}` }).waitFor();
      await page.getByRole('button', { name: 'Download version 1' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lists every problem in an imported framework file with its path, and saves nothing', async () => {
    const { page, pageErrors, close } = await signedIn(hr);
    try {
      await openInTheme(page, '/audit/framework', 'default', 'Skills framework');
      const before = (await currentFramework(page)).version;
      const broken = structuredClone(DEFAULT_FRAMEWORK);
      broken.categories[1]!.statements[0]!.text = '';
      broken.categories[7]!.statements[2]!.key = 'teams-chat';
      await page.locator('input[type="file"]').setInputFiles({
        name: 'framework.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken), 'utf8'),
      });
      const problems = page.getByRole('group', { name: 'There is a problem' }).filter({ hasText: 'framework.json' });
      await problems.waitFor();
      await expect(problems.getByRole('listitem').count()).resolves.toBe(2);
      await problems.getByText('categories[1].statements[0].text').waitFor();
      await problems.getByText('categories[7].statements[2].key').waitFor();
      expect((await currentFramework(page)).version).toBe(before);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the digital team add a resource, showing what to fix first', async () => {
    const { page, pageErrors, close } = await signedIn(digital);
    try {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learning resources' }).click();
      await waitForHeading(page, 'Learning resources');
      await page.getByRole('button', { name: 'Add a resource' }).click();
      const form = page.getByRole('form', { name: 'Add a resource' });
      await form.getByRole('textbox', { name: 'Title' }).fill('AI');
      await form.getByRole('button', { name: 'Add resource' }).click();
      // The summary lists each problem, and each link takes focus to its field.
      const problems = form.getByRole('group', { name: 'There is a problem' });
      await problems.getByRole('link', { name: 'Description is required' }).waitFor();
      await problems.getByRole('link', { name: 'Title must be at least 3 characters' }).click();
      await form.getByRole('textbox', { name: 'Title' }).and(page.locator(':focus')).waitFor();

      await form.getByRole('textbox', { name: 'Title' }).fill('Copilot Chat: your first ten minutes');
      await form.getByRole('radio', { name: 'Video' }).check();
      await form.getByRole('textbox', { name: 'Description' }).fill('A short video on asking Copilot Chat to summarise a document, and checking what it says.');
      await form.getByRole('textbox', { name: 'Time it takes, in minutes (optional)' }).fill('10');
      await form.getByRole('button', { name: /Digital at work/ }).click();
      await form.getByRole('checkbox', { name: 'Use Excel to enter, sort and add up figures' }).check();
      await form.getByRole('button', { name: 'Add resource' }).click();
      await page.getByText('Added “Copilot Chat: your first ten minutes”.').waitFor();

      const found = LearningResourcePage.parse(await (await page.request.get('/api/learning-resources?q=Copilot')).json());
      expect(found.items).toEqual([
        expect.objectContaining({ title: 'Copilot Chat: your first ten minutes', kind: 'video', durationMinutes: 10, statementKeys: ['excel-basics'] }),
      ]);
      await page.getByRole('searchbox', { name: 'Search' }).fill('Copilot');
      await page.getByRole('heading', { level: 3, name: 'Copilot Chat: your first ten minutes' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets HR change an audit setting and confirms it was saved', async () => {
    const { page, pageErrors, close } = await signedIn(hr);
    try {
      await openInTheme(page, '/audit/settings', 'default', 'Skills audit settings');
      await page.getByRole('radio', { name: 'every task in every basic category' }).check();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Settings saved').waitFor();
      const settings = (await (await page.request.get('/api/audit/settings')).json()) as { basicSkillsRule: string };
      expect(settings.basicSkillsRule).toBe('every-task');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  /** Nothing wider than the screen, and no control cut off at its edge (a card clips what does not fit). */
  async function expectFitsTheScreen(page: Page, label: string): Promise<void> {
    // Run in the page, where the DOM is; written as text because these tests are compiled without DOM types.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    const cutOff = await page.evaluate<string[]>(`
      [...document.querySelectorAll('main input, main select, main textarea, main button')]
        .filter((element) => element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().right > window.innerWidth + 1)
        .map((element) => element.outerHTML.slice(0, 80))
    `);
    expect({ label, overflow, cutOff }).toEqual({ label, overflow: 0, cutOff: [] });
  }

  it('fits a 360 px wide screen without scrolling sideways', async () => {
    const { page, close } = await signedIn(hr, { width: 360 });
    try {
      await openInTheme(page, '/audit/framework', 'default', 'Skills framework');
      await page.getByRole('button', { name: `Change “${WIFI}”` }).click();
      await expectFitsTheScreen(page, 'framework editor');
      await openInTheme(page, '/audit/settings', 'default', 'Skills audit settings');
      await expectFitsTheScreen(page, 'audit settings');
      await openInTheme(page, '/learning-resources', 'default', 'Learning resources');
      await expectFitsTheScreen(page, 'learning resources');
      await page.getByRole('button', { name: 'Add a resource' }).click();
      await page.getByRole('button', { name: /Digital at work/ }).click();
      await expectFitsTheScreen(page, 'learning resource form');
    } finally {
      await close();
    }
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it('has no accessibility violations on the framework, settings and resource pages', async () => {
      const { page, pageErrors, close } = await signedIn(hr, { theme });
      try {
        await openInTheme(page, '/audit/framework', theme, 'Skills framework');
        await page.getByRole('heading', { level: 2, name: 'Version history' }).waitFor();
        await page.getByRole('button', { name: `Change “${WIFI}”` }).click();
        await expectNoAxeViolations(page, `framework editor (${theme})`);

        await openInTheme(page, '/audit/settings', theme, 'Skills audit settings');
        await expectNoAxeViolations(page, `audit settings (${theme})`);

        await openInTheme(page, '/learning-resources', theme, 'Learning resources');
        await page.getByRole('button', { name: /^Archive/ }).first().waitFor();
        await expectNoAxeViolations(page, `learning resources (${theme})`);
        await page.getByRole('button', { name: 'Add a resource' }).click();
        await page.getByRole('button', { name: /Foundation/ }).click();
        await expectNoAxeViolations(page, `learning resource form (${theme})`);
        expect(pageErrors).toEqual([]);
      } finally {
        await close();
      }
    });
  });
});
