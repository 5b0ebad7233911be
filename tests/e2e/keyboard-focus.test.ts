import { afterAll, beforeAll, describe, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { buildCampaign } from '../factories/audit.js';
import { buildChampion } from '../factories/champions.js';
import { buildDropIn } from '../factories/drop-ins.js';
import { demoPersonId } from '../factories/people.js';
import { buildServicePlan, openYearId, serviceId } from '../factories/service-plans.js';
import { launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { currentFrameworkVersionId, inSignedInPage } from './audit-support.js';
import { THEMES, assertTabIsBuilt, openInTheme, type Theme } from './journeys.js';

// A real server and a real browser, used by keyboard alone: where focus is after every dialog and every save.
jest.setTimeout(180_000);

const DROP_IN = 'Keyboard shortcuts in Outlook';
const PLAN_ITEM = 'Put the parking permit form online';
const CAMPAIGN = 'Winter skills check';

/** Waits until `target` has keyboard focus: focus moves a frame after a dialog closes. */
async function focusIsOn(page: Page, target: Locator): Promise<void> {
  await target.and(page.locator(':focus')).waitFor();
}

interface DialogWalk {
  opener: Locator;
  dialog: string;
  confirm: string;
  cancel?: string;
  /** Where the page says what the action did. */
  result: string | RegExp;
}

/**
 * A dialog walked by keyboard only. It opens on Cancel (what it does is hard to undo); Escape
 * and Cancel each hand focus back to the button that opened it; after the action, focus is on
 * the message saying what happened.
 */
async function walkDialog(page: Page, { opener, dialog: name, confirm, cancel = 'Cancel', result }: DialogWalk): Promise<void> {
  const dialog = page.getByRole('alertdialog', { name });
  const cancelButton = dialog.getByRole('button', { name: cancel, exact: true });
  const open = async () => {
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await focusIsOn(page, cancelButton);
  };

  await opener.focus();
  await open();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await focusIsOn(page, opener);

  await open();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await focusIsOn(page, opener);

  await open();
  await page.keyboard.press('Shift+Tab');
  await focusIsOn(page, dialog.getByRole('button', { name: confirm, exact: true }));
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await focusIsOn(page, page.getByRole('status').filter({ hasText: result }));
}

/** A save by keyboard: the button stays focusable while busy, so focus is never dropped to the page. */
async function saveByKeyboard(page: Page, button: Locator, result: Locator): Promise<void> {
  await button.focus();
  await page.keyboard.press('Enter');
  await result.waitFor();
  await focusIsOn(page, button);
}

/** The themes in turn, so that the walks between them cover all three. */
const themeFor = (index: number): Theme => THEMES[index % THEMES.length]!;

describe('Dialogs and saves, by keyboard only', () => {
  let server: TestServer;
  let browser: Browser;
  let champion: string;
  let fiona: string;
  let tom: string;
  let marcus: string;
  let planServiceId: string;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const { db } = server;
    [fiona, tom, marcus] = await Promise.all([demoPersonId(db, 'Fiona Campbell'), demoPersonId(db, 'Tom Nguyen'), demoPersonId(db, 'Marcus Reid')]);
    champion = await buildChampion(db, { displayName: 'Kit Ellison' });
    await buildDropIn(db, champion, { title: DROP_IN });
    await db.insertInto('support_sessions').values({ champion_id: champion, kind: 'one-to-one', happened_on: '2026-11-02', minutes: 30 }).execute();
    planServiceId = await serviceId(db, 'Customer Services');
    await buildServicePlan(db, planServiceId, await openYearId(db), { items: [{ title: PLAN_ITEM }] });
    await buildCampaign(db, { name: CAMPAIGN, frameworkVersionId: await currentFrameworkVersionId(db), memberIds: [marcus] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a champion removes a session, cancels a drop-in, saves their profile and steps down', async () => {
    await inSignedInPage(browser, server.baseUrl, champion, async (page) => {
      await openInTheme(page, '/champions/support-log', themeFor(0), 'Support log');
      await walkDialog(page, {
        opener: page.getByRole('button', { name: /^Remove the session of/ }),
        dialog: 'Remove this session?',
        confirm: 'Remove session',
        result: /^Removed the session of/,
      });

      await openInTheme(page, '/drop-ins', themeFor(1), 'Drop-in sessions');
      await walkDialog(page, {
        opener: page.getByRole('list', { name: 'Sessions I host' }).getByRole('button', { name: /^Cancel the session/ }),
        dialog: `Cancel ${DROP_IN}?`,
        confirm: 'Cancel the session',
        cancel: 'Keep it',
        result: `Cancelled ${DROP_IN}.`,
      });

      await openInTheme(page, '/champions/profile', themeFor(2), 'Champion profile');
      const save = page.getByRole('button', { name: 'Save my profile' });
      await saveByKeyboard(page, save, page.getByRole('status').filter({ hasText: /saved/i }));
      await walkDialog(page, {
        opener: page.getByRole('button', { name: 'Step down' }),
        dialog: 'Step down as a Digital Champion?',
        confirm: 'Step down',
        result: 'You have stepped down.',
      });
    });
  });

  it('the digital team runs matching', async () => {
    await inSignedInPage(browser, server.baseUrl, tom, async (page) => {
      await openInTheme(page, '/champions/matching', themeFor(0), 'Champion matching');
      await walkDialog(page, {
        opener: page.getByRole('button', { name: 'Run matching' }),
        dialog: 'Run matching now?',
        confirm: 'Run matching',
        result: /^Matching is done/,
      });
    });
  });

  it('the policy team removes an item from a service plan', async () => {
    await inSignedInPage(browser, server.baseUrl, marcus, async (page) => {
      await openInTheme(page, `/service-plans/view?serviceId=${planServiceId}`, themeFor(1), 'Customer Services service plan');
      await walkDialog(page, {
        opener: page.getByRole('button', { name: `Remove “${PLAN_ITEM}”` }),
        dialog: `Remove “${PLAN_ITEM}”?`,
        confirm: 'Remove it',
        cancel: 'No, keep it',
        result: `Removed “${PLAN_ITEM}” from the plan.`,
      });
    });
  });

  it('HR adds and closes an appraisal year and closes a campaign', async () => {
    await inSignedInPage(browser, server.baseUrl, fiona, async (page) => {
      await openInTheme(page, '/objectives/years', themeFor(2), 'Appraisal years');
      const add = page.getByRole('button', { name: 'Add year' });
      await saveByKeyboard(page, add, page.getByRole('status').filter({ hasText: /added: it runs from/ }));
      const open = await page.getByRole('button', { name: /^Close \d{4}\/\d{2}$/ }).textContent();
      await walkDialog(page, {
        opener: page.getByRole('button', { name: open ?? '' }),
        dialog: `${open ?? ''}?`,
        confirm: open ?? '',
        cancel: 'No, leave it',
        result: /is now closed\.$/,
      });

      await openInTheme(page, '/audit/campaigns', themeFor(0), 'Audit campaigns');
      await walkDialog(page, {
        opener: page.getByRole('button', { name: `Close ${CAMPAIGN}` }),
        dialog: `Close ${CAMPAIGN} now?`,
        confirm: 'Close the campaign',
        result: `${CAMPAIGN} is closed.`,
      });
    });
  });
});
