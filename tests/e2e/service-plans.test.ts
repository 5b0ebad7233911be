import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { buildPersonalChat } from '../factories/drop-ins.js';
import { demoPersonId } from '../factories/people.js';
import { buildServicePlan, openYearId, serviceId } from '../factories/service-plans.js';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { startLocalChannel, type LocalChannel } from '../support/local-channel.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { activeText, inSignedInPage, tabToButton, tabUntil } from './audit-support.js';
import { THEMES, assertTabIsBuilt, focused, openInTheme, waitForHeading } from './journeys.js';

// A real server and a real browser.
jest.setTimeout(180_000);

const OBJECTIVE = 'Let tenants report repairs online';
const FINANCE_ITEM = 'Pay suppliers through the purchasing portal';
const FINANCE_OLD_ITEM = 'Scan the old paper invoices';

describe('Service plans in the tab', () => {
  let server: TestServer;
  let browser: Browser;
  let channel: LocalChannel;
  let marcus: string;
  let helen: string;
  let yearId: string;
  let housing: string;
  let customerServices: string;
  let finance: string;

  /** Every service has a digital objective but Housing and Customer Services; only Helen (Housing) has a chat with the bot. */
  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser, channel] = await Promise.all([startTestServer(), launchBrowser(), startLocalChannel()]);
    const { db } = server;
    [marcus, helen] = await Promise.all([demoPersonId(db, 'Marcus Reid'), demoPersonId(db, 'Helen Adeyemi')]);
    yearId = await openYearId(db);
    [housing, customerServices, finance] = await Promise.all([serviceId(db, 'Housing'), serviceId(db, 'Customer Services'), serviceId(db, 'Finance')]);
    await db.deleteFrom('service_plans').execute();
    const services = await db.selectFrom('services').select('id').execute();
    for (const service of services) {
      if (service.id === finance) await buildServicePlan(db, service.id, yearId, { items: [{ title: FINANCE_ITEM, ownerPersonId: marcus }, { title: FINANCE_OLD_ITEM }] });
      else if (service.id !== housing && service.id !== customerServices) await buildServicePlan(db, service.id, yearId, { items: [{}] });
    }
    await buildPersonalChat(db, helen, channel.serviceUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await channel?.close();
  });

  it('shows Marcus which services lack a digital objective, and reminds their heads', async () => {
    await inSignedInPage(browser, server.baseUrl, marcus, async (page) => {
    await page.goto('/service-plans/compliance');
    await waitForHeading(page, 'Service plan compliance');
    const lacking = page.getByRole('table', { name: 'Services without a digital objective' });
    await lacking.waitFor();
    const rows = lacking.getByRole('row');
    expect(await rows.count()).toBe(3);
    await lacking.getByRole('row', { name: /Customer Services/ }).waitFor();
    await lacking.getByRole('row', { name: /Housing.*Helen Adeyemi.*No/ }).waitFor();
    await page.getByRole('list', { name: 'At a glance' }).getByText('2 services to follow up').waitFor();

    await page.getByRole('button', { name: 'Remind heads of service without one' }).click();

    const status = page.getByRole('status').filter({ hasText: 'Sent 1 reminder in Teams.' });
    await status.waitFor();
    expect(await status.textContent()).toContain('Not reached, as the head of service has not started a chat with the hub’s bot: Customer Services.');
    await lacking.getByRole('row', { name: /Housing.*Helen Adeyemi.*Yes/ }).waitFor();
    const [card] = await channel.waitForActivities(1);
    expect((card?.attachments?.[0]?.content as { speak: string }).speak).toContain('Hello Helen, the Housing service plan');
    });
  });

  it('lets Helen add a digital objective to the Housing plan by keyboard', async () => {
    await inSignedInPage(browser, server.baseUrl, helen, async (page) => {
    await page.goto('/service-plans');
    await waitForHeading(page, 'Service plans');
    const yours = page.getByRole('region', { name: 'Your service' });
    await yours.getByRole('link', { name: 'Add a digital objective to the Housing plan' }).focus();
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Housing service plan');
    await page.getByText('No digital objective yet').waitFor();

    await tabToButton(page, 'Add an objective or project');
    await page.keyboard.press('Enter');
    // The form opens with focus on its first question.
    await page.getByRole('form', { name: 'Add an objective or project' }).waitFor();
    expect(await focused(page).getAttribute('value')).toBe('objective');

    await page.keyboard.press('Tab');
    await page.keyboard.type(OBJECTIVE);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Helen Ade');
    const choose = page.getByRole('button', { name: 'Choose Helen Adeyemi' });
    await choose.waitFor();
    await tabUntil(page, async () => (await activeText(page)) === 'Choose Helen Adeyemi', 'the Choose button');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Change the owner' }).waitFor();
    expect(await activeText(page)).toBe('Change the owner');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Seven in ten repairs reported online by March');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await tabToButton(page, 'Add to the plan');
    await page.keyboard.press('Enter');

    await page.getByRole('status').filter({ hasText: `Added “${OBJECTIVE}” to the Housing plan.` }).waitFor();
    await page.getByText('This plan has a digital objective: 1 objective or project.').waitFor();
    const item = page.getByRole('list', { name: 'Digital objectives and projects' }).getByRole('listitem');
    await item.getByRole('heading', { level: 3, name: OBJECTIVE }).waitFor();
    await item.getByText('On track').waitFor();
    // Focus went back to the button that opened the form.
    expect(await activeText(page)).toBe('Add an objective or project');

    const rows = await server.db
      .selectFrom('service_plan_items as i')
      .innerJoin('service_plans as p', 'p.id', 'i.plan_id')
      .select(['i.title', 'i.owner_person_id', 'i.status', 'p.updated_by'])
      .where('p.service_id', '=', housing)
      .execute();
    expect(rows).toEqual([{ title: OBJECTIVE, owner_person_id: helen, status: 'on-track', updated_by: helen }]);
    });
  });

  it('lets the policy team take an item out of a plan once they have confirmed it', async () => {
    await inSignedInPage(browser, server.baseUrl, marcus, async (page) => {
    await page.goto(`/service-plans/view?serviceId=${finance}`);
    await waitForHeading(page, 'Finance service plan');
    await page.getByRole('button', { name: `Remove “${FINANCE_OLD_ITEM}”` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Remove “${FINANCE_OLD_ITEM}”?` });
    await dialog.getByRole('button', { name: 'Remove it' }).click();

    await page.getByRole('status').filter({ hasText: `Removed “${FINANCE_OLD_ITEM}” from the plan.` }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { level: 3, name: FINANCE_OLD_ITEM }).count()).toBe(0);
    // Its Remove button went with it: focus is on the message saying what happened, not lost.
    await page.getByRole('status').filter({ hasText: `Removed “${FINANCE_OLD_ITEM}” from the plan.` }).and(page.locator(':focus')).waitFor();
    await expectNoAxeViolations(page, 'service plan, saying what was removed');
    const titles = await server.db
      .selectFrom('service_plan_items as i')
      .innerJoin('service_plans as p', 'p.id', 'i.plan_id')
      .select('i.title')
      .where('p.service_id', '=', finance)
      .execute();
    expect(titles).toEqual([{ title: FINANCE_ITEM }]);
    });
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it('has no accessibility problems on the list of plans', async () => {
      await inSignedInPage(browser, server.baseUrl, helen, async (page) => {
      await openInTheme(page, '/service-plans', theme, 'Service plans');
      await page.getByRole('table', { name: 'Service plans' }).waitFor();
      await expectNoAxeViolations(page, `service plans, ${theme} theme`);
      });
    });

    it('has no accessibility problems on a plan, its form showing problems, and the removal question', async () => {
      await inSignedInPage(browser, server.baseUrl, marcus, async (page) => {
      await openInTheme(page, `/service-plans/view?serviceId=${customerServices}`, theme, 'Customer Services service plan');
      await page.getByRole('button', { name: 'Add an objective or project' }).click();
      await page.getByRole('button', { name: 'Add to the plan' }).click();
      const summary = page.getByRole('group', { name: 'There is a problem' });
      await summary.waitFor();
      expect(await summary.getByRole('link').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Title'), expect.stringContaining('Owner'), expect.stringContaining('How it will be measured')]),
      );
      await expectNoAxeViolations(page, `service plan form, ${theme} theme`);

      await openInTheme(page, `/service-plans/view?serviceId=${finance}`, theme, 'Finance service plan');
      await page.getByRole('button', { name: `Remove “${FINANCE_ITEM}”` }).click();
      await page.getByRole('alertdialog', { name: `Remove “${FINANCE_ITEM}”?` }).waitFor();
      await expectNoAxeViolations(page, `service plan removal, ${theme} theme`);
      await page.getByRole('button', { name: 'No, keep it' }).click();
      });
    });

    it('has no accessibility problems on compliance, with the reminders’ result', async () => {
      await inSignedInPage(browser, server.baseUrl, marcus, async (page) => {
      await openInTheme(page, '/service-plans/compliance', theme, 'Service plan compliance');
      await page.getByRole('table', { name: 'Services with a digital objective' }).waitFor();
      await page.getByRole('button', { name: 'Remind heads of service without one' }).click();
      // Helen was reminded in the first journey (this week), and Customer Services' head has no chat with the bot.
      await page.getByRole('status').filter({ hasText: /reminder|Not reached/ }).waitFor();
      await expectNoAxeViolations(page, `service plan compliance, ${theme} theme`);
      });
    });
  });
});
