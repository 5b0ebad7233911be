import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { Persona } from '../../api/src/contracts/dev-sign-in.js';
import { councilDate } from '../../api/src/domain/audit/campaign-window.js';
import { buildCampaignPeople, buildService } from '../factories/campaign-people.js';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser.js';
import { startLocalChannel, type LocalChannel } from '../support/local-channel.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { THEMES, assertTabIsBuilt, demoPersonWithRole, focusedElementText, openInTheme, signInThroughPicker, waitForHeading } from './journeys.js';

// A real server, a real browser and the bot's messages going out in the background.
jest.setTimeout(120_000);

const SERVICE = 'Campaign Pilot Team';
const CAMPAIGN = 'Winter skills audit';

describe('HR runs an audit campaign', () => {
  let server: TestServer;
  let browser: Browser;
  let channel: LocalChannel;
  let hr: Persona;
  let progressUrl: string;

  beforeAll(async () => {
    assertTabIsBuilt();
    // Mid-morning today (UK), so the invitations are due as soon as the campaign is launched.
    const morning = new Date(`${councilDate(new Date())}T10:00:00Z`).getTime() - Date.now();
    [server, browser, channel] = await Promise.all([
      startTestServer({ overrides: { clock: { now: () => new Date(Date.now() + morning) } } }),
      launchBrowser(),
      startLocalChannel(),
    ]);
    hr = await demoPersonWithRole(server.baseUrl, 'hr');
    const serviceId = await buildService(server.db, SERVICE);
    await buildCampaignPeople(server.db, serviceId, 3, { serviceUrl: channel.serviceUrl });
    await buildCampaignPeople(server.db, serviceId, 1, { withEntraAccount: false });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await channel?.close();
  });

  async function signedIn(options: { theme?: (typeof THEMES)[number]; width?: number } = {}) {
    const viewport = options.width ? { width: options.width, height: 800 } : undefined;
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl, ...(viewport ? { viewport } : {}) });
    await signInThroughPicker(page, hr.displayName, options.theme);
    return { page, pageErrors, close: () => context.close() };
  }

  it('creates a campaign for one service, launches it and watches the invitations go out', async () => {
    const { page, pageErrors, close } = await signedIn();
    try {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit campaigns' }).click();
      await waitForHeading(page, 'Audit campaigns');

      await page.getByRole('button', { name: 'New campaign' }).click();
      expect(await focusedElementText(page)).toBe('New campaign');
      // Nothing filled in: the server's reasons are listed, by the form's labels.
      await page.getByRole('button', { name: 'Create campaign' }).click();
      const problems = page.getByRole('group', { name: 'There is a problem' }).filter({ hasText: 'The campaign was not created.' });
      await problems.waitFor();
      // Each problem links to its field, and following it moves focus there.
      await problems.getByRole('link', { name: /^Name / }).click();
      await page.getByRole('textbox', { name: 'Name' }).and(page.locator(':focus')).waitFor();

      await page.getByRole('textbox', { name: 'Name' }).fill(CAMPAIGN);
      await page.getByRole('radio', { name: 'People in chosen services, or at chosen sites' }).check();
      await page.getByRole('checkbox', { name: `${SERVICE} (4 people)` }).check();
      await page.getByRole('button', { name: 'Create campaign' }).click();
      await page.getByText(`${CAMPAIGN} is saved as a draft.`).waitFor();

      await page.getByRole('button', { name: `Launch ${CAMPAIGN}` }).click();
      const dialog = page.getByRole('alertdialog', { name: `Launch ${CAMPAIGN}?` });
      await dialog.getByText(SERVICE).waitFor();
      await dialog.getByRole('button', { name: 'Launch and invite' }).click();
      await page.getByText(`${CAMPAIGN} is launched. The bot is inviting 4 people.`).waitFor();
      await page.getByRole('link', { name: 'Follow the invitations' }).click();

      await waitForHeading(page, CAMPAIGN);
      progressUrl = new URL(page.url()).pathname + new URL(page.url()).search;
      // The page refreshes itself: the counts arrive without a reload.
      await page.getByText('3 messages sent, 0 waiting, 1 person not reached.').waitFor({ timeout: 30_000 });
      const invitation = page.getByRole('table', { name: 'Messages by step' }).getByRole('row', { name: /^Invitation/ });
      await expect(invitation.getByRole('cell').nth(2).textContent()).resolves.toBe('3');
      const notReached = page.getByRole('table', { name: 'People not reached' });
      await notReached.getByRole('cell', { name: 'Not reachable: no Microsoft 365 account' }).waitFor();

      expect(channel.activities).toHaveLength(3);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(THEMES)('has no accessibility violations on the campaign pages in the %s theme', async (theme) => {
    const { page, pageErrors, close } = await signedIn({ theme });
    try {
      await openInTheme(page, '/audit/campaigns', theme, 'Audit campaigns');
      await page.getByRole('table', { name: 'Campaigns' }).waitFor();
      await expectNoAxeViolations(page, `campaigns list (${theme})`);

      await page.getByRole('button', { name: 'New campaign' }).click();
      await page.getByRole('radio', { name: 'People in chosen services, or at chosen sites' }).check();
      await page.getByRole('checkbox', { name: `${SERVICE} (4 people)` }).waitFor();
      await expectNoAxeViolations(page, `new campaign form (${theme})`);

      await openInTheme(page, progressUrl, theme, CAMPAIGN);
      await page.getByRole('table', { name: 'People not reached' }).waitFor();
      await expectNoAxeViolations(page, `campaign progress (${theme})`);

      await page.getByRole('button', { name: 'Close the campaign early' }).click();
      await page.getByRole('alertdialog').waitFor();
      await expectNoAxeViolations(page, `close dialog (${theme})`);
      await page.getByRole('button', { name: 'Cancel' }).click();
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets HR pause the page’s own updates and refresh it by hand, announcing only changed counts', async () => {
    const { page, pageErrors, close } = await signedIn({});
    try {
      await page.clock.install();
      const progressRequests: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/progress')) progressRequests.push(request.url());
      });
      await openInTheme(page, progressUrl, 'default', CAMPAIGN);
      await page.getByRole('table', { name: 'Messages by step' }).waitFor();
      const loaded = progressRequests.length;

      // Running: a refresh every few seconds, and the same counts are not announced again.
      const refreshed = page.waitForRequest(/\/progress/);
      await page.clock.runFor(3_000);
      await refreshed;
      expect(progressRequests).toHaveLength(loaded + 1);
      await expect(page.getByRole('status').filter({ hasText: /^Updated:/ }).count()).resolves.toBe(0);

      await page.getByRole('button', { name: 'Pause updates' }).click();
      await page.getByText('Updates are paused.', { exact: false }).waitFor();
      await page.clock.runFor(60_000);
      // Only the person's own refresh asks the server again: the paused page sent nothing in that minute.
      const byHand = page.waitForRequest(/\/progress/);
      await page.getByRole('button', { name: 'Refresh now' }).click();
      await byHand;
      expect(progressRequests).toHaveLength(loaded + 2);

      await page.getByRole('button', { name: 'Resume updates' }).click();
      await page.getByRole('button', { name: 'Pause updates' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('fits a 360 px wide phone screen', async () => {
    const { page, close } = await signedIn({ width: 360 });
    try {
      await openInTheme(page, progressUrl, 'default', CAMPAIGN);
      await page.getByRole('table', { name: 'Messages by step' }).waitFor();
      const pageWidth = Number(await page.evaluate('document.documentElement.scrollWidth'));
      expect(pageWidth).toBeLessThanOrEqual(360);
    } finally {
      await close();
    }
  });
});
