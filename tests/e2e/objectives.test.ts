import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { AuditReport, type AnswerValue } from '../../api/src/contracts/skills-audit.js';
import { buildCampaign } from '../factories/audit.js';
import { buildAppraisalYear, buildObjective } from '../factories/objectives.js';
import { demoPersonId } from '../factories/people.js';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';
import { currentFrameworkVersionId, myAudit, openSignedIn, pageScrollWidth } from './audit-support.js';
import { THEMES, assertTabIsBuilt, focused, openInTheme, waitForHeading } from './journeys.js';

// A real server and a real browser.
jest.setTimeout(180_000);

const DAY_MS = 24 * 60 * 60 * 1000;

function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The UK appraisal year (April to March) that today falls in, so the journey works whenever it runs. */
function currentAppraisalYear(now = new Date()): { label: string; startsOn: string; endsOn: string; agreeBy: string } {
  const start = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return { label: `${start}/${String((start + 1) % 100).padStart(2, '0')}`, startsOn: `${start}-04-01`, endsOn: `${start + 1}-03-31`, agreeBy: `${start}-06-30` };
}

/**
 * Submits the person's audit with the first statement a gap ("couldn't"), the second decay
 * ("could, not lately") and every other one done recently.
 */
async function submitAuditWithAGap(baseUrl: string, personId: string, campaignId: string): Promise<AuditReport> {
  const cookie = await signInAs(baseUrl, personId);
  const audit = await myAudit(baseUrl, cookie);
  const statements = audit.categories.flatMap((category) => category.statements);
  const answerFor = (index: number): AnswerValue => (index === 0 ? 'could-not' : index === 1 ? 'could' : 'done-recently');
  const response = await fetch(`${baseUrl}/api/audit/me/submit`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ campaignId, answers: statements.map((statement, index) => ({ statementId: statement.id, answer: answerFor(index) })) }),
  });
  if (!response.ok) throw new Error(`POST /api/audit/me/submit answered ${response.status}: ${await response.text()}`);
  return AuditReport.parse(await response.json());
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The page once every part of it has loaded. */
async function settle(page: Page): Promise<void> {
  const spinners = page.locator('[role="status"] .fui-Spinner');
  while ((await spinners.count()) > 0) await spinners.first().waitFor({ state: 'detached' });
}

describe('Digital objectives in the tab', () => {
  let server: TestServer;
  let browser: Browser;
  let samId: string;
  let garethId: string;
  let yearId: string;
  let gap: AuditReport['gaps'][number];
  let objectiveId: string;
  const year = currentAppraisalYear();

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const { db, baseUrl } = server;
    samId = await demoPersonId(db, 'Sam Whitfield');
    garethId = await demoPersonId(db, 'Gareth Morgan');
    yearId = await buildAppraisalYear(db, year);
    const campaignId = await buildCampaign(db, {
      name: 'Objectives audit',
      frameworkVersionId: await currentFrameworkVersionId(db),
      memberIds: [samId],
      opensOn: isoDay(new Date(Date.now() - DAY_MS)),
      closesOn: isoDay(new Date(Date.now() + 30 * DAY_MS)),
    });
    const report = await submitAuditWithAGap(baseUrl, samId, campaignId);
    const first = report.gaps[0];
    if (!first) throw new Error('The audit was meant to leave Sam with a gap');
    gap = first;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets Sam turn a gap in his skills report into an objective, change its target date and propose it', async () => {
    const sam = await openSignedIn(browser, server.baseUrl, samId);
    const { page } = sam;
    try {
      await page.goto('/my-skills');
      await waitForHeading(page, 'My skills');
      const plan = page.getByRole('region', { name: 'Your learning plan' });
      const make = plan.getByRole('button', { name: `Make this my objective: ${gap.text}` });
      await make.focus();
      await page.keyboard.press('Enter');

      const task = lowerFirst(gap.text.replace(/[.]+$/, ''));
      await waitForHeading(page, `Change “Learn to ${task}”`);
      await page.getByText('We started it for you').waitFor();
      await settle(page);
      expect(await page.getByRole('radio', { name: 'Develop a digital capability or skill' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: gap.categoryTitle }).isChecked()).toBe(true);
      expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(`Learn to ${task}`);
      expect(await page.getByRole('textbox', { name: 'What success looks like' }).inputValue()).toContain(`I can ${task} without help`);

      const target = `${year.endsOn.slice(0, 4)}-02-28`;
      await page.getByLabel('Target date').fill(target);
      await page.getByRole('button', { name: 'Save and propose to my manager' }).click();

      await waitForHeading(page, `Learn to ${task}`);
      await page.getByText('Sent to your manager to agree.').waitFor();
      const facts = page.getByRole('region', { name: 'About this objective' });
      await facts.getByText('Waiting for agreement').waitFor();
      await facts.getByText(`28 February ${target.slice(0, 4)}`).waitFor();

      const saved = await server.db
        .selectFrom('objectives')
        .select(['id', 'status', 'target_date', 'kind', 'category_keys'])
        .where('person_id', '=', samId)
        .where('year_id', '=', yearId)
        .execute();
      expect(saved).toHaveLength(1);
      expect(saved[0]).toMatchObject({ status: 'proposed', kind: 'skill', category_keys: [gap.categoryKey], target_date: target });
      objectiveId = saved[0]!.id;
      expect(sam.pageErrors).toEqual([]);
    } finally {
      await sam.context.close();
    }
  });

  it('lets Gareth agree Sam’s objective with a comment, then Sam sees it agreed and records a check-in', async () => {
    expect(objectiveId).toBeDefined();
    const gareth = await openSignedIn(browser, server.baseUrl, garethId);
    try {
      const { page } = gareth;
      await page.goto(`/objectives/view?id=${objectiveId}`);
      await page.getByRole('heading', { level: 2, name: 'What you can do' }).waitFor();
      await page.getByText('Sam Whitfield’s digital objective').waitFor();
      await page.getByRole('button', { name: 'Agree', exact: true }).click();
      // The form's heading takes focus, so a screen reader carries on from there.
      expect(await focused(page).textContent()).toBe('Agree Sam Whitfield’s objective');
      await page.getByRole('textbox', { name: 'Comment (optional)' }).fill('Good choice. Book a drop-in to get started.');
      await page.getByRole('button', { name: 'Agree the objective' }).click();

      await page.getByRole('status').filter({ hasText: 'Agreed. Sam Whitfield is told' }).waitFor();
      // The button pressed has gone: reading carries on from the result.
      expect(await focused(page).textContent()).toContain('Agreed. Sam Whitfield is told');
      await page.getByRole('region', { name: 'About this objective' }).getByText('Agreed', { exact: true }).waitFor();
      await page.getByRole('region', { name: 'History' }).getByText('“Good choice. Book a drop-in to get started.”').waitFor();
      expect(await page.getByRole('button', { name: 'Agree', exact: true }).count()).toBe(0);
      expect(gareth.pageErrors).toEqual([]);
    } finally {
      await gareth.context.close();
    }

    const sam = await openSignedIn(browser, server.baseUrl, samId);
    try {
      const { page } = sam;
      await page.goto('/objectives');
      await waitForHeading(page, 'My digital objectives');
      const item = page.getByRole('article').filter({ hasText: 'Learn to' });
      await item.getByText('Agreed', { exact: true }).waitFor();
      await item.getByText('Record a check-in as you make progress.').waitFor();
      await item.getByRole('link').click();

      await page.getByRole('button', { name: 'Record a check-in' }).click();
      await page.getByRole('textbox', { name: 'How is it going?' }).fill('Went to a drop-in and practised twice.');
      await page.getByRole('textbox', { name: 'How far along is it, in per cent?' }).fill('25');
      await page.getByRole('button', { name: 'Record the check-in' }).click();

      await page.getByRole('status').filter({ hasText: 'Check-in recorded.' }).waitFor();
      const checkIns = page.getByRole('region', { name: 'Check-ins (1)' });
      await checkIns.getByText('25% done').waitFor();
      await checkIns.getByText('Went to a drop-in and practised twice.').waitFor();
      const row = await server.db.selectFrom('objectives').select(['status', 'progress']).where('id', '=', objectiveId).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'in-progress', progress: 25 });
      expect(sam.pageErrors).toEqual([]);
    } finally {
      await sam.context.close();
    }
  });

  it('lets Gareth record the outcome, telling him first what is missing; Sam then sees how it went', async () => {
    expect(objectiveId).toBeDefined();
    const gareth = await openSignedIn(browser, server.baseUrl, garethId);
    try {
      const { page } = gareth;
      await page.goto(`/objectives/view?id=${objectiveId}`);
      await page.getByRole('button', { name: 'Record the outcome' }).click();
      await page.getByRole('button', { name: 'Record the outcome' }).last().click();
      const problems = page.getByRole('group', { name: 'There is a problem' }).filter({ hasText: 'The outcome was not recorded.' });
      await problems.getByRole('link', { name: 'Outcome is required: choose how it went' }).waitFor();
      await problems.getByRole('link', { name: 'Your comment is required: say a few words about how it went' }).waitFor();
      await expectNoAxeViolations(page, 'the outcome form with problems');
      // Following a problem lands on the choice to make.
      await problems.getByRole('link', { name: 'Outcome is required: choose how it went' }).click();
      expect(await focused(page).getAttribute('value')).toBe('achieved');

      await page.getByRole('radio', { name: 'Partly achieved' }).check();
      await page.getByRole('textbox', { name: 'Your comment' }).fill('Good progress on sorting; keep going with formulas next year.');
      await page.getByRole('button', { name: 'Record the outcome' }).last().click();
      await page.getByRole('status').filter({ hasText: 'Outcome recorded. Sam Whitfield is told.' }).waitFor();
      const row = await server.db.selectFrom('objectives').select(['status', 'outcome', 'outcome_comment']).where('id', '=', objectiveId).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'completed', outcome: 'partly', outcome_comment: 'Good progress on sorting; keep going with formulas next year.' });
      expect(gareth.pageErrors).toEqual([]);
    } finally {
      await gareth.context.close();
    }

    const sam = await openSignedIn(browser, server.baseUrl, samId);
    try {
      await sam.page.goto(`/objectives/view?id=${objectiveId}`);
      const facts = sam.page.getByRole('region', { name: 'About this objective' });
      await facts.getByText('Partly achieved').waitFor();
      await sam.page.getByText('Good progress on sorting; keep going with formulas next year.').first().waitFor();
      expect(await sam.page.getByRole('button', { name: 'Record the outcome' }).count()).toBe(0);
      expect(sam.pageErrors).toEqual([]);
    } finally {
      await sam.context.close();
    }
  });

  it('points someone with no objective yet to their skills report', async () => {
    const gareth = await openSignedIn(browser, server.baseUrl, garethId);
    try {
      const { page } = gareth;
      await openInTheme(page, '/objectives', 'default', 'My digital objectives');
      await page.getByText('You do not have a digital objective for this year yet.').waitFor();
      await page.getByRole('link', { name: 'Make one from your skills report' }).click();
      await waitForHeading(page, 'My skills');
      expect(gareth.pageErrors).toEqual([]);
    } finally {
      await gareth.context.close();
    }
  });

  it('names each problem on the form next to its field and in a summary that links to it', async () => {
    const sam = await openSignedIn(browser, server.baseUrl, samId);
    try {
      const { page } = sam;
      await openInTheme(page, '/objectives/edit', 'default', 'Write a digital objective');
      await page.getByRole('button', { name: 'Save draft' }).click();
      const summary = page.getByRole('group', { name: 'There is a problem' });
      await summary.waitFor();
      const links = await summary.getByRole('link').allTextContents();
      // Each says what to do, as GOV.UK does, rather than naming a rule.
      expect(links).toEqual(expect.arrayContaining(['Choose the kind of objective', 'Enter a title for the objective', 'Enter the date you aim to finish by']));
      await summary.getByRole('link', { name: 'Enter a title for the objective' }).click();
      expect(await focused(page).getAttribute('id')).toBe('objective-title');

      // A support objective needs someone to support: the problem takes you to that choice.
      await page.getByRole('radio', { name: 'Support someone else to become proficient' }).check();
      await page.getByRole('button', { name: 'Save draft' }).click();
      const support = summary.getByRole('link', { name: /^Who you will support:/ });
      await support.waitFor();
      await support.click();
      expect(await focused(page).getAttribute('id')).toBe('objective-support-who');
      await page.getByRole('radio', { name: 'A colleague I will help become confident' }).check();
      await page.getByRole('searchbox', { name: 'Colleague' }).fill('Priya Chau');
      await page.getByRole('button', { name: 'Choose Priya Chauhan' }).click();
      // The search has gone; focus moves to what replaced it.
      expect(await focused(page).textContent()).toBe('Change the colleague');
      expect(sam.pageErrors).toEqual([]);
    } finally {
      await sam.context.close();
    }
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const agreedId = await buildObjective(server.db, samId, yearId, { status: 'agreed', title: 'Read and share files in OneDrive', targetDate: year.endsOn });
    const sam = await openSignedIn(browser, server.baseUrl, samId, { width: 360, height: 740 });
    try {
      for (const [address, heading] of [
        ['/objectives', 'My digital objectives'],
        ['/objectives/edit', 'Write a digital objective'],
        [`/objectives/view?id=${agreedId}`, 'Read and share files in OneDrive'],
      ] as const) {
        await openInTheme(sam.page, address, 'default', heading);
        expect(await pageScrollWidth(sam.page)).toBeLessThanOrEqual(360);
      }
      expect(sam.pageErrors).toEqual([]);
    } finally {
      await sam.context.close();
    }
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it('has no WCAG 2.2 AA violations on the objective pages', async () => {
      const waitingId = await buildObjective(server.db, samId, yearId, { status: 'proposed', title: `Share files in OneDrive (${theme})`, targetDate: year.endsOn });
      const agreedTitle = `Use Teams meetings (${theme})`;
      const agreedId = await buildObjective(server.db, samId, yearId, { status: 'agreed', title: agreedTitle, targetDate: year.endsOn, categoryKeys: ['communicating'] });
      const [sam, gareth] = await Promise.all([openSignedIn(browser, server.baseUrl, samId), openSignedIn(browser, server.baseUrl, garethId)]);
      try {
        await openInTheme(sam.page, '/objectives', theme, 'My digital objectives');
        await sam.page.getByRole('heading', { level: 2, name: 'What is a digital objective?' }).waitFor();
        await expectNoAxeViolations(sam.page, `my objectives (${theme})`);

        await openInTheme(sam.page, '/objectives/edit', theme, 'Write a digital objective');
        await sam.page.getByRole('radio', { name: 'Support someone else to become proficient' }).check();
        await sam.page.getByRole('button', { name: 'Save draft' }).click();
        await sam.page.getByRole('group', { name: 'There is a problem' }).waitFor();
        await expectNoAxeViolations(sam.page, `objective editor with problems (${theme})`);

        await openInTheme(sam.page, `/objectives/view?id=${agreedId}`, theme, agreedTitle);
        await sam.page.getByRole('button', { name: 'Record a check-in' }).click();
        await sam.page.getByRole('heading', { level: 3, name: 'Record a check-in' }).waitFor();
        await expectNoAxeViolations(sam.page, `an agreed objective, checking in (${theme})`);

        await openInTheme(gareth.page, `/objectives/view?id=${waitingId}`, theme, `Share files in OneDrive (${theme})`);
        await gareth.page.getByRole('button', { name: 'Return for changes' }).click();
        await gareth.page.getByRole('button', { name: 'Return it with my comment' }).click();
        await gareth.page.getByRole('group', { name: 'There is a problem' }).filter({ hasText: 'The objective was not returned.' }).waitFor();
        await expectNoAxeViolations(gareth.page, `an objective waiting for agreement, returning it (${theme})`);

        await openInTheme(sam.page, `/objectives/view?id=${waitingId}`, theme, `Share files in OneDrive (${theme})`);
        await sam.page.getByRole('button', { name: 'Withdraw it' }).click();
        await sam.page.getByRole('alertdialog', { name: 'Withdraw this objective?' }).waitFor();
        await expectNoAxeViolations(sam.page, `withdrawing an objective (${theme})`);
        expect([...sam.pageErrors, ...gareth.pageErrors]).toEqual([]);
      } finally {
        await Promise.all([sam.context.close(), gareth.context.close()]);
      }
    });
  });
});
