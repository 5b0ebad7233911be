import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { HelpRequest } from '../../api/src/contracts/help-requests.js';
import type { Db } from '../../api/src/db/database.js';
import { buildChampion } from '../factories/champions.js';
import { demoPersonId } from '../factories/people.js';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';
import { openSignedIn } from './audit-support.js';
import { THEMES, assertTabIsBuilt, openInTheme } from './journeys.js';

// A real server and a real browser: a champion works through their queue, and the learner rates the help.
jest.setTimeout(180_000);

const QUEUE_HEADING = 'Your help queue';
const ASK_HEADING = 'Ask a Digital Champion';
const QUESTION = 'I cannot find the budget spreadsheet someone shared with me in Teams';

async function insertRequest(db: Db, values: { requesterId: string; question: string; offeredTo?: string }): Promise<string> {
  const row = await db
    .insertInto('help_requests')
    .values({
      requester_id: values.requesterId,
      category_key: 'managing-information',
      question: values.question,
      channel: 'tab',
      status: values.offeredTo ? 'offered' : 'open-to-all',
      offered_to: values.offeredTo ?? null,
      offer_number: values.offeredTo ? 1 : 3,
      offer_expires_at: values.offeredTo ? new Date(Date.now() + 4 * 3_600_000) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (values.offeredTo) await db.insertInto('help_request_offers').values({ request_id: row.id, champion_id: values.offeredTo }).execute();
  return row.id;
}

/** Moves focus to the control and presses a key, as a keyboard user would. */
async function pressOn(page: Page, control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await page.keyboard.press(key);
}

async function expectCleanInEveryTheme(page: Page, address: string, heading: string, label: string): Promise<void> {
  for (const theme of THEMES) {
    await openInTheme(page, address, theme, heading);
    await expectNoAxeViolations(page, `${label} (${theme} theme)`);
  }
}

describe('A champion handles their queue', () => {
  let server: TestServer;
  let browser: Browser;
  let priya: string;
  let sam: string;
  let colleague: string;
  let offeredId: string;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const { db } = server;
    [priya, sam] = await Promise.all([demoPersonId(db, 'Priya Chauhan'), demoPersonId(db, 'Sam Whitfield')]);
    await buildChampion(db, { personId: priya, strengths: { 'managing-information': 'confident', 'digital-at-work': 'confident' } });
    colleague = await buildChampion(db, { displayName: 'Robin Ellis' });
    offeredId = await insertRequest(db, { requesterId: sam, question: QUESTION, offeredTo: priya });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets Priya accept a request offered to her and resolve it with a note and the minutes spent, by keyboard', async () => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, priya);
    try {
      await expectCleanInEveryTheme(page, '/champions/queue', QUEUE_HEADING, 'queue with a request offered');
      const offered = page.getByRole('region', { name: 'Offered to you' });
      const item = offered.getByRole('listitem').filter({ hasText: QUESTION });
      await item.getByRole('heading', { name: 'Sam Whitfield: Managing information' }).waitFor();
      await pressOn(page, item.getByRole('button', { name: 'Accept' }));

      await page.getByRole('status').filter({ hasText: 'You are now helping Sam Whitfield' }).waitFor();
      const helping = page.getByRole('region', { name: 'You are helping' });
      const mine = helping.getByRole('listitem').filter({ hasText: QUESTION });
      await mine.getByRole('link', { name: /Open a chat with Sam Whitfield/ }).waitFor();
      // Focus follows the request to where it now is, so the keyboard user carries on from there.
      await page.waitForFunction(`document.activeElement?.id === ${JSON.stringify(`queue-${offeredId}`)}`);
      await expect(offered.getByText('Nothing is offered to you at the moment.').isVisible()).resolves.toBe(true);
      await expectCleanInEveryTheme(page, '/champions/queue', QUEUE_HEADING, 'queue with a request being helped');

      // Nothing filled in: the problems are listed, and the list takes focus.
      await pressOn(page, mine.getByRole('button', { name: 'Mark as resolved' }));
      const problems = page.getByRole('group', { name: 'There is a problem' }).filter({ hasText: 'The request is not resolved yet.' });
      await problems.getByRole('link', { name: 'Say in a few words what you did' }).waitFor();
      await page.waitForFunction(`document.activeElement?.getAttribute('aria-labelledby') === ${JSON.stringify(`resolve-problems-${offeredId}`)}`);
      await expectNoAxeViolations(page, 'resolve form with problems');

      await mine.getByRole('textbox', { name: 'What did you do?' }).fill('Showed Sam the Shared with me list in OneDrive and pinned the file.');
      await mine.getByRole('textbox', { name: 'Minutes spent' }).fill('25');
      await pressOn(page, mine.getByRole('button', { name: 'Mark as resolved' }));
      await page.getByRole('status').filter({ hasText: 'Sam Whitfield’s request is resolved' }).waitFor();
      await helping.getByText('You are not helping anyone at the moment.').waitFor();

      const stored = await server.db.selectFrom('help_requests').select(['status', 'minutes_spent', 'claimed_by']).where('id', '=', offeredId).executeTakeFirstOrThrow();
      expect(stored).toEqual({ status: 'resolved', minutes_spent: 25, claimed_by: priya });
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('tells a champion politely that Priya took a request first, and brings their queue up to date', async () => {
    const openId = await insertRequest(server.db, { requesterId: sam, question: 'How do I book a meeting room in Outlook?' });
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, colleague);
    try {
      await openInTheme(page, '/champions/queue', 'default', QUEUE_HEADING);
      const open = page.getByRole('region', { name: 'Open to every champion' });
      const item = open.getByRole('listitem').filter({ hasText: 'book a meeting room' });
      await item.waitFor();

      // Priya accepts it first, from the bot or another window.
      const accepted = await fetch(`${server.baseUrl}/api/help-requests/${openId}/accept`, { method: 'POST', headers: { cookie: await signInAs(server.baseUrl, priya) } });
      expect(accepted.status).toBe(200);
      HelpRequest.parse(await accepted.json());

      await pressOn(page, item.getByRole('button', { name: 'Accept' }));
      await page.getByRole('status').filter({ hasText: 'Priya Chauhan has already taken this request' }).waitFor();
      await open.getByText('There are no open requests at the moment.').waitFor();
      await expectNoAxeViolations(page, 'queue after a request was taken by someone else');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows Sam the request resolved on his requests page, and lets him rate it by keyboard', async () => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, sam);
    try {
      await expectCleanInEveryTheme(page, '/help-requests', ASK_HEADING, 'my requests with one to rate');
      const item = page.getByRole('region', { name: 'My requests' }).getByRole('listitem').filter({ hasText: QUESTION });
      await item.getByText('Resolved', { exact: true }).waitFor();
      await item.getByText('What they did: Showed Sam the Shared with me list in OneDrive and pinned the file.').waitFor();

      // The first answer, then three steps down to "4 – Very helpful".
      await pressOn(page, item.getByRole('radio', { name: '1 – Not helpful' }), 'Space');
      for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
      await expect(item.getByRole('radio', { name: '4 – Very helpful' }).isChecked()).resolves.toBe(true);
      await item.getByRole('textbox', { name: /Anything you would like to add/ }).fill('Quick and kind, thank you.');
      await pressOn(page, item.getByRole('button', { name: 'Send your rating' }));

      await page.getByRole('status').filter({ hasText: 'Your rating is sent to your champion' }).waitFor();
      await item.getByText('You rated it 4 out of 5: Very helpful.', { exact: false }).waitFor();
      const stored = await server.db.selectFrom('help_requests').select(['rating', 'rating_comment']).where('id', '=', offeredId).executeTakeFirstOrThrow();
      expect(stored).toEqual({ rating: 4, rating_comment: 'Quick and kind, thank you.' });
      await expectCleanInEveryTheme(page, '/help-requests', ASK_HEADING, 'my requests after rating');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets Sam ask for help with a suggested category he can change, then cancel the request after confirming', async () => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, sam);
    try {
      await openInTheme(page, '/help-requests', 'default', ASK_HEADING);
      // Sending nothing lists both problems.
      await pressOn(page, page.getByRole('button', { name: 'Send' }));
      const problems = page.getByRole('group', { name: 'There is a problem' }).filter({ hasText: 'Your request was not sent.' });
      await problems.getByRole('link', { name: 'Enter what you need help with, in a few words' }).waitFor();
      await problems.getByRole('link', { name: 'Choose what your request is about' }).waitFor();
      await expectNoAxeViolations(page, 'ask form with problems');

      await page.getByRole('textbox', { name: 'What do you need help with?' }).fill('How do I join a Teams meeting from my phone?');
      await page.getByText(/From your words, we think it is about/).waitFor();
      const chosen = page.getByRole('radiogroup', { name: 'What is it about?' }).locator('input[type="radio"]:checked');
      await expect(chosen.count()).resolves.toBe(1);
      // He changes it to the one he thinks fits best.
      await page.getByRole('radio', { name: /^Digital at work/ }).check();
      await pressOn(page, page.getByRole('button', { name: 'Send' }));
      await page.getByRole('status').filter({ hasText: 'Your request is sent' }).waitFor();

      const item = page.getByRole('region', { name: 'My requests' }).getByRole('listitem').filter({ hasText: 'join a Teams meeting from my phone' });
      await item.getByRole('heading', { name: /^Digital at work/ }).waitFor();
      await pressOn(page, item.getByRole('button', { name: 'Cancel this request' }));
      const dialog = page.getByRole('alertdialog', { name: 'Cancel your request?' });
      await dialog.waitFor();
      await expectNoAxeViolations(page, 'cancel confirmation');
      await pressOn(page, dialog.getByRole('button', { name: 'Yes, cancel it' }));
      await page.getByRole('status').filter({ hasText: 'is cancelled' }).waitFor();
      await item.getByText('Cancelled', { exact: true }).waitFor();
      await expect(item.getByRole('button', { name: 'Cancel this request' }).count()).resolves.toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows Priya her dashboard and the digital team the overview, each clean in every theme', async () => {
    const champion = await openSignedIn(browser, server.baseUrl, priya);
    try {
      await expectCleanInEveryTheme(champion.page, '/champions/dashboard', 'My champion work', 'champion dashboard');
      const cards = champion.page.getByRole('list', { name: /^Your help in/ });
      await cards.getByRole('listitem').filter({ hasText: 'People helped' }).getByText('1', { exact: true }).waitFor();
      await cards.getByRole('listitem').filter({ hasText: 'Time given' }).getByText('25 minutes', { exact: true }).waitFor();
      await champion.page.getByRole('region', { name: 'Recent ratings' }).getByText('“Quick and kind, thank you.”').waitFor();
      expect(champion.pageErrors).toEqual([]);
    } finally {
      await champion.context.close();
    }

    const digital = await openSignedIn(browser, server.baseUrl, await demoPersonId(server.db, 'Tom Nguyen'));
    try {
      await expectCleanInEveryTheme(digital.page, '/champions/overview', 'Champions overview', 'champions overview');
      const services = digital.page.getByRole('table', { name: 'Champions in each service' });
      await services.getByRole('row').filter({ hasText: 'Revenues & Benefits' }).waitFor();
      await digital.page.getByRole('table', { name: 'Requests by skill area' }).getByRole('cell', { name: 'Managing information' }).waitFor();
      expect(digital.pageErrors).toEqual([]);
    } finally {
      await digital.context.close();
    }
  });
});
