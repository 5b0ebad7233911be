import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { Persona } from '../../api/src/contracts/dev-sign-in.js';
import { OutboxPage } from '../../api/src/contracts/platform.js';
import { insertAuditEntry } from '../../api/src/db/audit-log-repository.js';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { THEMES, assertTabIsBuilt, demoPersonWithRole, openInTheme, signInThroughPicker, waitForHeading } from './journeys.js';

// A real server and a real browser: starting them and waiting for pages takes seconds, not milliseconds.
jest.setTimeout(90_000);

/** More calls than fit on one page, so paging is part of what is checked. */
const OUTBOX_CALLS = 30;

describe('Administration pages', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: Persona;
  let staff: Persona;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    [admin, staff] = await Promise.all([
      demoPersonWithRole(server.baseUrl, 'admin'),
      demoPersonWithRole(server.baseUrl, 'staff'),
    ]);
    // Through the real local-mode port, so the outbox holds exactly what the hub would record.
    for (let n = 1; n <= OUTBOX_CALLS; n += 1) {
      await server.hub.microsoft365.postChannelMessage('root-and-branch.announce', {
        teamId: 'digital-team',
        channelId: 'root-and-branch',
        html: `<p>Update ${n}</p>`,
      });
    }
    await insertAuditEntry(server.db, {
      actorPersonId: admin.id,
      action: 'read',
      resource: 'person-record',
      subjectPersonId: staff.id,
      details: { reason: 'support request' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signInAsAdmin(theme: (typeof THEMES)[number]): Promise<{ page: Page; close: () => Promise<void>; pageErrors: string[] }> {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
    await signInThroughPicker(page, admin.displayName, theme);
    return { page, pageErrors, close: () => context.close() };
  }

  it('offers an administrator the outbox and the audit log in the navigation', async () => {
    const { page, close } = await signInAsAdmin('default');
    try {
      const navigation = page.getByRole('navigation', { name: 'Main' });
      await navigation.getByRole('link', { name: 'Microsoft 365 outbox' }).click();
      await waitForHeading(page, 'Microsoft 365 outbox');
      expect(await page.title()).toBe('Microsoft 365 outbox – Digital Culture Hub');
      await navigation.getByRole('link', { name: 'Audit log' }).click();
      await waitForHeading(page, 'Audit log');
      expect(await navigation.getByRole('link', { name: 'Audit log' }).getAttribute('aria-current')).toBe('page');
    } finally {
      await close();
    }
  });

  it('shows the outbox calls a page at a time, with each body behind a disclosure button', async () => {
    const { page, close, pageErrors } = await signInAsAdmin('default');
    try {
      await openInTheme(page, '/admin/outbox', 'default', 'Microsoft 365 outbox');
      // Anything the hub recorded itself at start-up counts too.
      const total = OutboxPage.parse(await (await page.request.get('/api/outbox?limit=1')).json()).total;
      expect(total).toBeGreaterThanOrEqual(OUTBOX_CALLS);
      const table = page.getByRole('table', { name: 'Microsoft Graph calls' });
      await page.getByText(`Showing 1 to 25 of ${total}`).waitFor();
      expect(await table.getByRole('row').count()).toBe(1 + 25);

      // Newest first: the top row is the last call made.
      const show = table.getByRole('button', { name: /^Show body of call/ }).first();
      expect(await show.getAttribute('aria-expanded')).toBe('false');
      await show.click();
      await table.getByText(`Update ${OUTBOX_CALLS}<`, { exact: false }).waitFor();
      expect(await table.getByRole('button', { name: /^Hide body of call/ }).first().getAttribute('aria-expanded')).toBe('true');

      await page.getByRole('button', { name: 'Next' }).click();
      const secondPageEnd = Math.min(50, total);
      await page.getByText(`Showing 26 to ${secondPageEnd} of ${total}`).waitFor();
      expect(await table.getByRole('row').count()).toBe(1 + secondPageEnd - 25);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('tells a member of staff who opens the outbox that they do not have access', async () => {
    const { page, context } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await signInThroughPicker(page, staff.displayName);
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Microsoft 365 outbox' }).count()).toBe(0);
      await page.goto('/admin/outbox');
      await page.getByText('We could not load the outbox').waitFor();
    } finally {
      await context.close();
    }
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it('has no WCAG 2.2 AA violations on the outbox (with a body open) and the audit log', async () => {
      const { page, close, pageErrors } = await signInAsAdmin(theme);
      try {
        await openInTheme(page, '/admin/outbox', theme, 'Microsoft 365 outbox');
        await page.getByRole('button', { name: /^Show body of call/ }).first().click();
        await expectNoAxeViolations(page, `outbox (${theme})`);

        await openInTheme(page, '/admin/audit-log', theme, 'Audit log');
        await page.getByRole('table', { name: 'Audit log' }).getByText('person-record').first().waitFor();
        await expectNoAxeViolations(page, `audit log (${theme})`);
        expect(pageErrors).toEqual([]);
      } finally {
        await close();
      }
    });
  });
});
