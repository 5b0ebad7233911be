import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { buildAuditResult, buildChampion } from '../factories/champions.js';
import { demoPersonId } from '../factories/people.js';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { openSignedIn } from './audit-support.js';
import { THEMES, assertTabIsBuilt, openInTheme } from './journeys.js';

// A real server and a real browser: a learner asks for a champion, the digital team matches, the learner declines.
jest.setTimeout(180_000);

describe('Matching learners with Digital Champions in the tab', () => {
  let server: TestServer;
  let browser: Browser;
  let sam: string;
  let tom: string;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const { db } = server;
    [sam, tom] = await Promise.all([demoPersonId(db, 'Sam Whitfield'), demoPersonId(db, 'Tom Nguyen')]);
    await buildAuditResult(db, sam, { creating: { level: 'not-yet', gaps: 2 }, transacting: { level: 'developing', decays: 1 } });
    await buildChampion(db, { personId: await demoPersonId(db, 'Priya Chauhan'), strengths: { creating: 'confident', transacting: 'capable' } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a learner ask to be matched, with no accessibility problems in any theme', async () => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, sam);
    for (const theme of THEMES) {
      await openInTheme(page, '/my-champion', theme, 'My champion');
      await expectNoAxeViolations(page, `my champion (${theme})`);
    }
    await expect(page.getByRole('checkbox', { name: 'I would like help in person' }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Ask to be matched' }).click();

    await page.getByRole('heading', { name: 'You are on the list' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain('You are on the list');
    await expectNoAxeViolations(page, 'my champion, on the list');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lets the digital team run matching after confirming, and shows every match with its reason', async () => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, tom);
    await openInTheme(page, '/champions/matching', 'default', 'Champion matching');
    await page.getByRole('button', { name: 'Run matching' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Run matching now?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'run matching dialog');
    await dialog.getByRole('button', { name: 'Run matching' }).click();

    const matched = page.getByRole('table', { name: 'Learners matched with a champion' });
    await matched.waitFor();
    const row = matched.getByRole('row', { name: /Sam Whitfield/ });
    await expect(row.textContent()).resolves.toMatch(/Priya Chauhan.*Covers 1 of 1 gap and 1 of 1 skill to refresh/);
    for (const theme of THEMES) {
      await openInTheme(page, '/champions/matching', theme, 'Champion matching');
      await matched.waitFor();
      await expectNoAxeViolations(page, `champion matching (${theme})`);
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the learner their champion with a chat link, and lets them decline after confirming', async () => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, sam);
    await openInTheme(page, '/my-champion', 'default', 'My champion');
    await page.getByRole('heading', { name: 'Your Digital Champion' }).waitFor();
    await expect(page.getByText(/Why: covers 1 of 1 gap and 1 of 1 skill to refresh/).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: /Open a chat with Priya Chauhan/ }).getAttribute('href')).resolves.toContain('teams.microsoft.com/l/chat');

    await page.getByRole('button', { name: 'Decline the match with Priya Chauhan' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Decline this match?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'decline dialog');
    await dialog.getByRole('button', { name: 'Decline the match' }).click();

    await page.getByText('You declined the match with Priya Chauhan. We have let them know.').waitFor();
    await page.getByRole('heading', { name: 'You are on the list' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
