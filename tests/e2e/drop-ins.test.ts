import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { buildChampion } from '../factories/champions.js';
import { buildDropIn } from '../factories/drop-ins.js';
import { demoPersonId } from '../factories/people.js';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { openSignedIn } from './audit-support.js';
import { THEMES, assertTabIsBuilt, focused, waitForHeading, type Theme } from './journeys.js';

// A real server and a real browser.
jest.setTimeout(180_000);

const DAY_MS = 24 * 60 * 60 * 1000;
const HEADING = 'Drop-in sessions';
const TEAMS_SESSION = 'Getting started with Teams';
const EXCEL_SESSION = 'Excel for beginners';

/** The page in a theme, once every part of it has loaded (it loads the sessions and, for hosts, their own in parallel). */
async function openDropIns(page: Page, theme: Theme): Promise<void> {
  await page.goto(`/drop-ins?theme=${theme}`);
  await waitForHeading(page, HEADING);
  const spinners = page.locator('[role="status"] .fui-Spinner');
  while ((await spinners.count()) > 0) await spinners.first().waitFor({ state: 'detached' });
}

describe('Finding and booking a drop-in session in the tab', () => {
  let server: TestServer;
  let browser: Browser;
  let samId: string;
  let hostId: string;
  let teamsSessionId: string;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const { db } = server;
    samId = await demoPersonId(db, 'Sam Whitfield');
    const civicCentre = await db.selectFrom('sites').select('id').where('name', '=', 'Civic Centre').executeTakeFirstOrThrow();
    hostId = await buildChampion(db, { displayName: 'Asha Patel', siteId: civicCentre.id });
    // Two days ahead at 10:00 UTC: always in the future, and a whole hour in the UK either side of a clock change.
    const start = new Date(Date.now() + 2 * DAY_MS);
    start.setUTCHours(10, 0, 0, 0);
    teamsSessionId = await buildDropIn(db, hostId, {
      title: TEAMS_SESSION,
      description: 'Chats, channels and meetings, at your own pace.',
      startsAt: start,
      siteId: civicCentre.id,
      place: 'Room 2.14',
      capacity: 5,
      categoryKeys: ['communicating', 'digital-at-work'],
    });
    await buildDropIn(db, hostId, { title: EXCEL_SESSION, startsAt: new Date(start.getTime() + DAY_MS), format: 'online', meetingJoinUrl: 'https://teams.microsoft.com/l/meetup-join/e2e', categoryKeys: ['managing-information'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets Sam find a session by skill, book a place by keyboard, and hear that it is booked', async () => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, samId);
    try {
      await page.goto('/drop-ins');
      await waitForHeading(page, HEADING);
      await page.getByRole('heading', { level: 3, name: EXCEL_SESSION }).waitFor();

      await page.getByLabel('Skill').selectOption({ label: 'Communicating' });
      await page.getByRole('heading', { level: 3, name: EXCEL_SESSION }).waitFor({ state: 'detached' });
      const session = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: TEAMS_SESSION }) });
      await session.getByText('5 places left of 5').waitFor();
      await session.getByText('Room 2.14, Civic Centre').waitFor();
      await session.getByText('You do not have a place yet.').waitFor();

      await session.getByRole('button', { name: `Book a place at ${TEAMS_SESSION}` }).focus();
      await page.keyboard.press('Enter');

      const status = page.getByRole('status').filter({ hasText: `You have a place at ${TEAMS_SESSION}` });
      await status.waitFor();
      expect(await status.textContent()).toContain('We will send you a reminder in Teams the day before.');
      await session.getByText('You have a place.').waitFor();
      await session.getByText('4 places left of 5').waitFor();
      // The same button now gives the place back, and focus never left it.
      expect(await focused(page).textContent()).toBe(`Cancel my place at ${TEAMS_SESSION}`);

      const registration = await server.db
        .selectFrom('drop_in_registrations')
        .select(['cancelled_at'])
        .where('session_id', '=', teamsSessionId)
        .where('person_id', '=', samId)
        .executeTakeFirstOrThrow();
      expect(registration.cancelled_at).toBeNull();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(THEMES)('is free of accessibility problems for a learner with a place, in the %s theme', async (theme) => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, samId);
    try {
      await openDropIns(page, theme);
      await page.getByRole('heading', { level: 3, name: TEAMS_SESSION }).waitFor();
      await expectNoAxeViolations(page, `drop-ins, ${theme} theme`);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(THEMES)('is free of accessibility problems for a host with the form showing its problems, in the %s theme', async (theme) => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, hostId);
    try {
      await openDropIns(page, theme);
      await page.getByRole('list', { name: 'Sessions I host' }).waitFor();
      await page.getByRole('button', { name: 'Put on a drop-in session' }).click();
      await page.getByRole('button', { name: 'Create session' }).click();
      // Nothing was filled in: the summary takes focus and names the fields, linking to each.
      const summary = page.getByRole('group', { name: 'There is a problem' });
      await summary.waitFor();
      expect(await summary.getByRole('link').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Title'), expect.stringContaining('Room or desk'), expect.stringContaining('Building')]),
      );
      await expectNoAxeViolations(page, `drop-ins host view, ${theme} theme`);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(THEMES)('shows a champion’s support log, and the problems with a session logged wrongly, accessibly in the %s theme', async (theme) => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, hostId);
    try {
      await page.goto(`/champions/support-log?theme=${theme}`);
      await waitForHeading(page, 'Support log');
      await page.getByRole('heading', { level: 2, name: 'Your totals' }).waitFor();
      await page.getByRole('button', { name: 'Log session' }).click();
      const summary = page.getByRole('group', { name: 'There is a problem' });
      await summary.waitFor();
      expect(await summary.getByRole('link').allTextContents()).toEqual(['Enter the minutes you spent']);
      await summary.getByRole('link', { name: 'Enter the minutes you spent' }).click();
      expect(await focused(page).getAttribute('id')).toBe('support-minutes');
      await expectNoAxeViolations(page, `support log, ${theme} theme`);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
