import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createHelpRequestSettingsRepository } from '../../api/src/db/help-request-settings-repository.js';
import { buildTeamChannel } from '../factories/conversations.js';
import { demoPersonId } from '../factories/people.js';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { inSignedInPage } from './audit-support.js';
import { THEMES, assertTabIsBuilt, openInTheme, waitForHeading } from './journeys.js';

// A real server and a real browser.
jest.setTimeout(120_000);

const CHAMPIONS_CHANNEL = '19:help-requests@thread.tacv2';

/** The digital team decides how requests are offered, and which Teams channel gets the ones nobody accepts. */
describe('The help request settings page', () => {
  let server: TestServer;
  let browser: Browser;
  let tom: string;
  let sam: string;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    [tom, sam] = await Promise.all([demoPersonId(server.db, 'Tom Nguyen'), demoPersonId(server.db, 'Sam Whitfield')]);
    await buildTeamChannel(server.db, '19:customer-services@thread.tacv2', { teamName: 'Customer Services', channelName: 'General' });
    await buildTeamChannel(server.db, CHAMPIONS_CHANNEL, { teamName: 'Digital Champions', channelName: 'Help requests' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets Tom, of the digital team, ask fewer champions one at a time and choose the champions’ channel by name', async () => {
    await inSignedInPage(browser, server.baseUrl, tom, async (page) => {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help request settings' }).click();
      await waitForHeading(page, 'Help request settings');

      const offers = page.getByRole('spinbutton', { name: 'Champions asked one at a time before every champion is asked' });
      expect(await offers.inputValue()).toBe('3');
      await offers.fill('2');
      await page.getByRole('radio', { name: /^Digital Champions – Help requests/ }).check();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').getByText('Settings saved').waitFor();

      expect(await createHelpRequestSettingsRepository(server.db).get()).toEqual({
        offerTimeoutWorkingHours: 4,
        maxOffers: 2,
        championsChannelConversationId: CHAMPIONS_CHANNEL,
      });
      const logged = await server.db.selectFrom('audit_log').select('actor_person_id').where('resource', '=', 'help-request-settings').execute();
      expect(logged).toEqual([{ actor_person_id: tom }]);
    });
  });

  it('is not offered to staff, and tells them it is not theirs when opened by its address', async () => {
    await inSignedInPage(browser, server.baseUrl, sam, async (page) => {
      await page.goto('/');
      await waitForHeading(page, /Sam/);
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help request settings' }).count()).toBe(0);
      await page.goto('/help-requests/settings');
      await page.getByText('We could not load the settings').waitFor();
    });
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it('has no WCAG 2.2 AA violations', async () => {
      await inSignedInPage(browser, server.baseUrl, tom, async (page) => {
        await openInTheme(page, '/help-requests/settings', theme, 'Help request settings');
        await page.getByRole('radio', { name: /^Customer Services – General/ }).waitFor();
        await expectNoAxeViolations(page, `help request settings (${theme})`);
      });
    });
  });
});
