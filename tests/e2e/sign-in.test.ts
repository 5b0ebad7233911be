import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { Persona } from '../../api/src/contracts/dev-sign-in.js';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import {
  THEMES,
  assertTabIsBuilt,
  currentMe,
  demoPersonWithRole,
  firstName,
  focused,
  focusedElementText,
  signInThroughPicker,
  waitForSearchResults,
  waitForHeading,
} from './journeys.js';

/** What Windows high contrast calls the window's background (the system colour Canvas), as the browser resolves it. */
const CANVAS_COLOUR = `(() => {
  const probe = document.body.appendChild(document.createElement('div'));
  probe.style.backgroundColor = 'Canvas';
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
})()`;

// A real server and a real browser: starting them and waiting for pages takes seconds, not milliseconds.
jest.setTimeout(90_000);

describe('Signing in to the tab in local mode', () => {
  let server: TestServer;
  let browser: Browser;
  let staff: Persona;
  let manager: Persona;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    [staff, manager] = await Promise.all([
      demoPersonWithRole(server.baseUrl, 'staff'),
      demoPersonWithRole(server.baseUrl, 'lineManager'),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends someone who is not signed in to the sign-in page', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await page.goto('/');
      await page.waitForURL('**/sign-in');
      await waitForHeading(page, 'Choose who to be');
      expect(await page.title()).toBe('Sign in – Digital Culture Hub');
      await page.getByRole('heading', { level: 2, name: 'Suggested people to try' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('finds a person by searching and signs in as them; Home then shows their name and roles', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await signInThroughPicker(page, manager.displayName);

      expect(await page.title()).toBe('Home – Digital Culture Hub');
      const me = await currentMe(page);
      expect(me.person.id).toBe(manager.id);
      const about = page.getByRole('region', { name: 'About you' });
      await about.getByText(manager.displayName, { exact: true }).waitFor();
      const roles = page.getByRole('region', { name: 'Your roles' });
      for (const role of me.roles) await roles.getByText(role.label, { exact: true }).waitFor();
      expect(me.roles.map((role) => role.role)).toContain('lineManager');
      await page.getByRole('region', { name: 'What is waiting for you' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('tells the person when nobody matches their search', async () => {
    const { page, context } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await page.goto('/sign-in');
      await page.getByRole('searchbox', { name: 'Search for a person' }).fill('zzqxv');
      await page.getByText('No one matches “zzqxv”', { exact: false }).first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('can be done with the keyboard alone', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await page.goto('/sign-in');
      await waitForHeading(page, 'Choose who to be');

      await page.keyboard.press('Tab');
      expect(await focusedElementText(page)).toBe('Skip to main content');
      await tabUntil(page, async () => (await focused(page).getAttribute('type')) === 'search');
      await page.keyboard.type(staff.displayName);
      await waitForSearchResults(page, staff.displayName);
      await tabUntil(page, async () => (await focusedElementText(page)) === `Sign in as ${staff.displayName}`);
      await page.keyboard.press('Enter');

      await waitForHeading(page, `Hello, ${firstName(staff.displayName)}`);
      // After moving to Home, focus starts at the new page's heading, not lost on the body.
      expect(await focused(page).evaluate((element) => element.tagName)).toBe('H1');
      expect((await currentMe(page)).person.id).toBe(staff.id);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('signs out from Home and goes back to the sign-in page', async () => {
    const { page, context } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await signInThroughPicker(page, staff.displayName);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL('**/sign-in');
      expect((await page.request.get('/api/me')).status()).toBe(401);
    } finally {
      await context.close();
    }
  });

  it('shows a page-not-found page for an address the tab does not have', async () => {
    const { page, context } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await signInThroughPicker(page, staff.displayName);
      await page.goto('/no-such-page');
      await waitForHeading(page, 'Page not found');
      await page.getByRole('link', { name: 'Go to the home page' }).click();
      await waitForHeading(page, `Hello, ${firstName(staff.displayName)}`);
    } finally {
      await context.close();
    }
  });

  it('underlines every link, and in Windows high contrast marks only the current page in the menu', async () => {
    const { page, context } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await signInThroughPicker(page, manager.displayName);
      const notUnderlined = await page.evaluate<string[]>(
        `[...document.querySelectorAll('main a, footer a')].filter((link) => !getComputedStyle(link).textDecorationLine.includes('underline')).map((link) => link.textContent)`,
      );
      expect(notUnderlined).toEqual([]);

      await page.emulateMedia({ forcedColors: 'active' });
      const bars = await page.evaluate<{ current: boolean; colour: string }[]>(
        `[...document.querySelectorAll('nav[aria-label="Main"] a')].map((link) => ({ current: link.getAttribute('aria-current') === 'page', colour: getComputedStyle(link).borderBottomColor }))`,
      );
      const current = bars.filter((bar) => bar.current);
      expect(current).toHaveLength(1);
      const others = new Set(bars.filter((bar) => !bar.current).map((bar) => bar.colour));
      // Every other link's bar has the window's own background colour: only the current page shows one.
      expect([...others]).toEqual([await page.evaluate<string>(CANVAS_COLOUR)]);
      expect(others.has(current[0]!.colour)).toBe(false);
    } finally {
      await context.close();
    }
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it('has no WCAG 2.2 AA violations on the sign-in page and Home', async () => {
      const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
      try {
        await page.goto(`/sign-in?theme=${theme}`);
        await page.getByRole('heading', { level: 2, name: 'Suggested people to try' }).waitFor();
        await expectNoAxeViolations(page, `sign-in (${theme})`);

        await signInThroughPicker(page, manager.displayName, theme);
        await page.goto(`/?theme=${theme}`);
        await waitForHeading(page, `Hello, ${firstName(manager.displayName)}`);
        await expectNoAxeViolations(page, `home (${theme})`);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('has no WCAG 2.2 AA violations at 360 px wide, with the pages folded behind a Menu button', async () => {
      const { page, context } = await openPage(browser, { baseUrl: server.baseUrl, viewport: { width: 360, height: 740 } });
      try {
        await signInThroughPicker(page, staff.displayName, theme);
        const navigation = page.getByRole('navigation', { name: 'Main' });
        const menu = navigation.getByRole('button', { name: 'Menu' });
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        expect(await navigation.getByRole('link', { name: 'My skills' }).isVisible()).toBe(false);
        await expectNoAxeViolations(page, `home at 360 px (${theme})`);
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        expect(overflow).toBeLessThanOrEqual(0);

        // Escape folds the open menu and leaves focus on its button.
        await menu.click();
        await navigation.getByRole('link', { name: 'Home' }).focus();
        await page.keyboard.press('Escape');
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        expect(await focused(page).textContent()).toBe('Menu');

        await menu.click();
        expect(await menu.getAttribute('aria-expanded')).toBe('true');
        await expectNoAxeViolations(page, `home at 360 px with the menu open (${theme})`);
        await navigation.getByRole('link', { name: 'My skills' }).click();
        await waitForHeading(page, 'My skills');
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        // The new page starts at its heading, not scrolled down by the list that has just folded.
        expect(await page.evaluate<number>('window.scrollY')).toBe(0);
      } finally {
        await context.close();
      }
    });
  });
});

/** Presses Tab until `reached` holds, as a keyboard user would; fails rather than loop for ever. */
async function tabUntil(page: Page, reached: () => Promise<boolean>, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await reached()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Did not reach the element after ${limit} presses of Tab`);
}
