import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { ANSWER_LABELS, ANSWER_VALUES, AuditSettings, MyAudit, type AuditReport } from '../../api/src/contracts/skills-audit.js';
import { buildCampaign } from '../factories/audit.js';
import { demoPersonId } from '../factories/people.js';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';
import {
  activeName,
  activeText,
  currentFrameworkVersionId,
  myAudit,
  openSignedIn,
  pageScrollWidth,
  saveAnswers,
  submitWholeAudit,
  tabToButton,
  tabUntil,
} from './audit-support.js';
import { THEMES, assertTabIsBuilt, openInTheme, signInThroughPicker, waitForHeading } from './journeys.js';

// A real server and a real browser, and a whole audit answered key by key.
jest.setTimeout(180_000);

const PEOPLE = ['Sam Whitfield', 'Dave Hollis', 'Priya Chauhan', 'Gareth Morgan', 'Tom Nguyen', 'Fiona Campbell'] as const;
type Name = (typeof PEOPLE)[number];

const CHECK_HEADING = 'Check your answers before you send them';
const REPORT_HEADING = 'Your skills report';

/** WCAG's relative luminance of a CSS rgb() colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The lowest contrast between a skills chart bar and the track it is drawn on. */
async function lowestBarContrast(page: Page): Promise<number> {
  const pairs = await page.evaluate<[string, string][]>(
    `[...document.querySelectorAll('[data-testid="level-chart"] g')].filter((row) => row.querySelectorAll('rect').length === 2)
      .map((row) => [...row.querySelectorAll('rect')].map((rect) => getComputedStyle(rect).fill))`,
  );
  expect(pairs.length).toBeGreaterThan(0);
  return Math.min(
    ...pairs.map(([track, bar]) => {
      const [lighter, darker] = [luminance(track), luminance(bar)].sort((a, b) => b - a);
      return (lighter! + 0.05) / (darker! + 0.05);
    }),
  );
}

describe('Taking the skills audit in the tab', () => {
  let server: TestServer;
  let browser: Browser;
  let ids: Record<Name, string>;
  let campaignId: string;
  let priyaReport: AuditReport;
  /** Someone else who reports to Gareth and has finished, so his team page has levels to show. */
  let colleague: { id: string; displayName: string };

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const { db, baseUrl } = server;
    ids = Object.fromEntries(await Promise.all(PEOPLE.map(async (name) => [name, await demoPersonId(db, name)]))) as Record<Name, string>;
    const frameworkVersionId = await currentFrameworkVersionId(db);

    // Priya took an earlier audit, which has since closed, so her new report has something to compare with.
    const earlier = await buildCampaign(db, { name: 'Spring 2026 skills audit', frameworkVersionId, memberIds: [ids['Priya Chauhan']] });
    await submitWholeAudit(baseUrl, ids['Priya Chauhan'], earlier, 'could');
    await db
      .updateTable('audit_campaigns')
      .set({ status: 'closed', opens_on: '2026-04-01', closes_on: '2026-05-31', closed_at: new Date() })
      .where('id', '=', earlier)
      .execute();

    colleague = await db
      .selectFrom('people')
      .select(['id', 'display_name as displayName'])
      .where('line_manager_id', '=', ids['Gareth Morgan'])
      .where('id', '!=', ids['Sam Whitfield'])
      .orderBy('display_name')
      .executeTakeFirstOrThrow();
    campaignId = await buildCampaign(db, {
      name: 'Autumn 2026 skills audit',
      frameworkVersionId,
      memberIds: [ids['Sam Whitfield'], ids['Dave Hollis'], ids['Priya Chauhan'], colleague.id],
    });
    await submitWholeAudit(baseUrl, colleague.id, campaignId, 'could');
    priyaReport = await submitWholeAudit(baseUrl, ids['Priya Chauhan'], campaignId, 'done-recently');
    // Dave answered the first part, then stopped.
    const daveCookie = await signInAs(baseUrl, ids['Dave Hollis']);
    const daveAudit = await myAudit(baseUrl, daveCookie);
    await saveAnswers(baseUrl, daveCookie, campaignId, daveAudit.categories[0]!, (index) => ANSWER_VALUES[index % ANSWER_VALUES.length]!);
  });

  async function changeSettings(cookie: string, change: Partial<AuditSettings>): Promise<void> {
    const current = AuditSettings.parse(await (await fetch(`${server.baseUrl}/api/audit/settings`, { headers: { cookie } })).json());
    const response = await fetch(`${server.baseUrl}/api/audit/settings`, {
      method: 'PUT',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ ...current, ...change }),
    });
    if (!response.ok) throw new Error(`PUT /api/audit/settings answered ${response.status}: ${await response.text()}`);
  }

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets Sam take the whole audit by keyboard alone, change an answer from the check page, submit and read the report', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl: server.baseUrl });
    try {
      await signInThroughPicker(page, 'Sam Whitfield');
      const audit = MyAudit.parse(await (await page.request.get('/api/audit/me')).json());
      expect(audit.campaign?.id).toBe(campaignId);
      expect(audit.status).toBe('not-started');

      // From Home to the start page and into the first part, with the keyboard.
      await tabUntil(page, async () => (await activeText(page)) === 'Digital skills audit', 'the Digital skills audit link');
      await page.keyboard.press('Enter');
      await waitForHeading(page, 'Digital skills audit');
      await page.getByText(`0 of ${audit.total} statements answered`).waitFor();
      await tabToButton(page, 'Start now');
      await page.keyboard.press('Enter');

      // Every statement: Tab into its group, then Space for the first answer or the arrow keys for another.
      let answered = 0;
      for (const [index, category] of audit.categories.entries()) {
        await waitForHeading(page, category.title);
        await page.getByText(`Part ${index + 1} of ${audit.categories.length}`, { exact: true }).waitFor();
        for (const statement of category.statements) {
          const choice = answered % ANSWER_VALUES.length;
          answered += 1;
          await tabUntil(page, async () => (await activeName(page)) === `answer-${statement.id}`, `the answers to “${statement.text}”`);
          if (choice === 0) await page.keyboard.press('Space');
          for (let step = 0; step < choice; step += 1) await page.keyboard.press('ArrowDown');
          expect(await page.locator(`#answer-${statement.id}-${choice}`).isChecked()).toBe(true);
        }
        await tabToButton(page, 'Save and continue');
        await page.keyboard.press('Enter');
      }

      await waitForHeading(page, CHECK_HEADING);
      const first = audit.categories[0]!.statements[0]!;
      const answerTo = (text: string) => page.locator('dt', { hasText: text }).first().locator('xpath=following-sibling::dd[1]');
      expect((await answerTo(first.text).textContent())?.trim()).toBe(ANSWER_LABELS['no-idea']);
      expect(await page.getByText('Not answered', { exact: true }).count()).toBe(0);

      // Change the first answer through its Change link: focus lands on that statement's chosen answer.
      await tabUntil(page, async () => (await activeText(page)) === `Change your answer to “${first.text}”`, 'the first Change link');
      await page.keyboard.press('Enter');
      await waitForHeading(page, audit.categories[0]!.title);
      await page.waitForFunction(`document.activeElement?.id === ${JSON.stringify(`answer-${first.id}-0`)}`);
      for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
      expect(await page.locator(`#answer-${first.id}-3`).isChecked()).toBe(true);
      await tabToButton(page, 'Save and go back to check your answers');
      await page.keyboard.press('Enter');
      await waitForHeading(page, CHECK_HEADING);
      expect((await answerTo(first.text).textContent())?.trim()).toBe(ANSWER_LABELS['done-recently']);

      await tabToButton(page, 'Submit my answers');
      await page.keyboard.press('Enter');
      await waitForHeading(page, 'You have finished the skills audit');
      await page.getByText(/^You (have|do not have all) the basic digital skills/).first().waitFor();
      const levels = page.getByRole('table', { name: 'Your level in each area' });
      await levels.waitFor();
      expect(await levels.getByRole('row').count()).toBe(1 + audit.categories.length);
      await page.getByRole('heading', { level: 2, name: 'Your learning plan' }).waitFor();
      await page.locator('[data-testid="level-chart"] svg').waitFor();
      await expectNoAxeViolations(page, 'submitted confirmation and report');

      const after = MyAudit.parse(await (await page.request.get('/api/audit/me')).json());
      expect(after.status).toBe('submitted');
      expect(after.answers.find((given) => given.statementId === first.id)?.answer).toBe('done-recently');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('saves answers when someone chooses to come back later, and offers to continue where they left off', async () => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, ids['Dave Hollis']);
    try {
      const audit = await myAudit(server.baseUrl, await signInAs(server.baseUrl, ids['Dave Hollis']));
      const second = audit.categories[1]!;
      const statement = second.statements[0]!;
      await openInTheme(page, `/audit/questions?category=${second.key}`, 'default', second.title);
      await tabUntil(page, async () => (await activeName(page)) === `answer-${statement.id}`, 'the first statement');
      await page.keyboard.press('ArrowDown');
      await tabToButton(page, 'Save and come back later');
      await page.keyboard.press('Enter');
      await waitForHeading(page, 'Digital skills audit');
      await page.getByText('Your answers are saved', { exact: true }).waitFor();
      await page.getByRole('link', { name: 'Continue where you left off' }).waitFor();
      const saved = await myAudit(server.baseUrl, await signInAs(server.baseUrl, ids['Dave Hollis']));
      expect(saved.answers.find((given) => given.statementId === statement.id)?.answer).toBe('could-not');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows Priya what changed since her earlier audit, and lists both audits in My skills', async () => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, ids['Priya Chauhan']);
    try {
      await openInTheme(page, '/my-skills', 'default', 'My skills');
      await page.getByRole('table', { name: 'Change since your last audit' }).getByText('Up').first().waitFor();
      await page.getByText('The digital team may invite you to become a Digital Champion', { exact: false }).waitFor();
      const history = page.getByRole('table', { name: 'All your audits' });
      await history.getByRole('cell', { name: 'Spring 2026 skills audit', exact: true }).waitFor();
      await history.getByRole('link', { name: 'View report for Autumn 2026 skills audit' }).click();
      await waitForHeading(page, REPORT_HEADING);
      expect(page.url()).toContain(`id=${priyaReport.responseId}`);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows Gareth his reporting line’s progress, with levels only when the council allows it', async () => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, ids['Gareth Morgan']);
    const hr = await signInAs(server.baseUrl, ids['Fiona Campbell']);
    try {
      await openInTheme(page, '/team/audit', 'default', 'Your team’s skills audit');
      const people = page.getByRole('table', { name: 'People in your reporting line' });
      await people.getByText('Sam Whitfield').waitFor();
      await page.getByText('The council has chosen not to show line managers their team’s levels', { exact: false }).waitFor();
      expect(await people.getByRole('columnheader', { name: 'Basic digital skills' }).count()).toBe(0);

      await changeSettings(hr, { managersSeeLevels: true });
      await openInTheme(page, '/team/audit', 'default', 'Your team’s skills audit');
      await page.getByText('The council lets line managers see each person’s level', { exact: false }).waitFor();
      await people.getByRole('columnheader', { name: 'Basic digital skills' }).waitFor();
      const row = people.getByRole('row').filter({ hasText: colleague.displayName });
      await row.getByRole('cell', { name: 'Capable', exact: true }).first().waitFor();
      await expectNoAxeViolations(page, 'team skills with levels');
      expect(pageErrors).toEqual([]);
    } finally {
      await changeSettings(hr, { managersSeeLevels: false });
      await context.close();
    }
  });

  it('shows the digital team the champion candidates', async () => {
    const { page, context, pageErrors } = await openSignedIn(browser, server.baseUrl, ids['Tom Nguyen']);
    try {
      await openInTheme(page, '/audit/champion-candidates', 'default', 'Digital Champion candidates');
      const candidates = page.getByRole('table', { name: 'Digital Champion candidates' });
      const priya = candidates.getByRole('row').filter({ hasText: 'Priya Chauhan' });
      await priya.getByText('Autumn 2026 skills audit').waitFor();
      expect(await candidates.getByRole('row').filter({ hasText: colleague.displayName }).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits a 360 px wide phone screen without scrolling sideways', async () => {
    const phone = { width: 360, height: 800 };
    const dave = await openSignedIn(browser, server.baseUrl, ids['Dave Hollis'], phone);
    const priya = await openSignedIn(browser, server.baseUrl, ids['Priya Chauhan'], phone);
    try {
      const audit = await myAudit(server.baseUrl, await signInAs(server.baseUrl, ids['Dave Hollis']));
      const category = audit.categories[0]!;
      await openInTheme(dave.page, `/audit/questions?category=${category.key}`, 'default', category.title);
      expect(await pageScrollWidth(dave.page)).toBeLessThanOrEqual(360);
      await openInTheme(dave.page, '/audit/check', 'default', CHECK_HEADING);
      expect(await pageScrollWidth(dave.page)).toBeLessThanOrEqual(360);
      await openInTheme(priya.page, `/my-skills/report?id=${priyaReport.responseId}`, 'default', REPORT_HEADING);
      await priya.page.locator('[data-testid="level-chart"] svg').waitFor();
      expect(await pageScrollWidth(priya.page)).toBeLessThanOrEqual(360);
    } finally {
      await Promise.all([dave.context.close(), priya.context.close()]);
    }
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it('has no WCAG 2.2 AA violations on any page of the audit', async () => {
      const opened = await Promise.all(
        (['Dave Hollis', 'Priya Chauhan', 'Gareth Morgan', 'Tom Nguyen'] as const).map((name) => openSignedIn(browser, server.baseUrl, ids[name])),
      );
      const [dave, priya, gareth, tom] = opened;
      try {
        const audit = await myAudit(server.baseUrl, await signInAs(server.baseUrl, ids['Dave Hollis']));
        const category = audit.categories[0]!;
        await openInTheme(dave!.page, '/audit', theme, 'Digital skills audit');
        await expectNoAxeViolations(dave!.page, `start page (${theme})`);
        await openInTheme(dave!.page, `/audit/questions?category=${category.key}`, theme, category.title);
        await expectNoAxeViolations(dave!.page, `questions page (${theme})`);
        await openInTheme(dave!.page, '/audit/check', theme, CHECK_HEADING);
        await expectNoAxeViolations(dave!.page, `check page (${theme})`);
        // Dave has not answered everything, so submitting lists each unanswered statement in an error summary.
        await dave!.page.getByRole('button', { name: 'Submit my answers' }).click();
        await dave!.page.getByRole('heading', { level: 2, name: 'There is a problem' }).waitFor();
        expect(await dave!.page.evaluate<string | undefined>('document.activeElement?.getAttribute("aria-labelledby")')).toBe('error-summary-title');
        await expectNoAxeViolations(dave!.page, `check page with an error summary (${theme})`);

        await openInTheme(priya!.page, `/my-skills/report?id=${priyaReport.responseId}`, theme, REPORT_HEADING);
        await priya!.page.locator('[data-testid="level-chart"] svg').waitFor();
        // axe does not measure graphics: the bars must stand out from their track by 3:1 (WCAG 1.4.11).
        expect(await lowestBarContrast(priya!.page)).toBeGreaterThanOrEqual(3);
        await expectNoAxeViolations(priya!.page, `report (${theme})`);
        await openInTheme(priya!.page, '/my-skills', theme, 'My skills');
        await priya!.page.locator('[data-testid="level-chart"] svg').waitFor();
        await expectNoAxeViolations(priya!.page, `my skills (${theme})`);

        await openInTheme(gareth!.page, '/team/audit', theme, 'Your team’s skills audit');
        await expectNoAxeViolations(gareth!.page, `team skills (${theme})`);
        await openInTheme(tom!.page, '/audit/champion-candidates', theme, 'Digital Champion candidates');
        await expectNoAxeViolations(tom!.page, `champion candidates (${theme})`);
        expect(opened.flatMap((each) => each.pageErrors)).toEqual([]);
      } finally {
        await Promise.all(opened.map((each) => each.context.close()));
      }
    });
  });
});
