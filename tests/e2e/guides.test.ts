import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Guide, type GuideInput } from '../../api/src/contracts/guides.js';
import { buildCampaign } from '../factories/audit.js';
import { buildChampion } from '../factories/champions.js';
import { demoPersonId } from '../factories/people.js';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { demoSession, request } from '../support/http-client.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { currentFrameworkVersionId, openSignedIn, submitWholeAudit } from './audit-support.js';
import { THEMES, assertTabIsBuilt, expandSection, openInTheme, waitForHeading } from './journeys.js';

// A real server and a real browser: a guide goes from a champion's draft to the whole council.
jest.setTimeout(180_000);

const PEOPLE = ['Priya Chauhan', 'Tom Nguyen', 'Sam Whitfield', 'Dave Hollis'] as const;
type Name = (typeof PEOPLE)[number];

const TITLE = 'Sort a list in Excel';
const BODY = '# Before you start\n\nSave a copy of the file.\n\n1. Click any cell in the list\n2. Choose **Data**, then **Sort**\n\n<script>alert(1)</script>';

describe('How-to guides in the tab', () => {
  let server: TestServer;
  let browser: Browser;
  let ids: Record<Name, string>;

  async function guideByApi(who: Name, input: Partial<GuideInput>, then: ('submit' | 'publish')[] = []): Promise<Guide> {
    const created = await request(server.baseUrl, 'POST', '/api/guides', await demoSession(server, who), {
      title: 'Book a meeting room in Outlook',
      summary: 'Find a free room and book it with your invitation.',
      bodyMarkdown: '# Book a room\n\n1. Open your calendar\n2. Choose **New event**',
      categoryKeys: [],
      statementKeys: ['outlook-email-calendar'],
      ...input,
    });
    let guide = Guide.parse(await created.json());
    for (const step of then) {
      const by = step === 'publish' ? 'Tom Nguyen' : who;
      guide = Guide.parse(await (await request(server.baseUrl, 'POST', `/api/guides/${guide.id}/${step}`, await demoSession(server, by))).json());
    }
    return guide;
  }

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    ids = Object.fromEntries(await Promise.all(PEOPLE.map(async (name) => [name, await demoPersonId(server.db, name)]))) as Record<Name, string>;
    await buildChampion(server.db, { personId: ids['Priya Chauhan'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a champion write a guide and submit it, the digital team publish it, and staff read it', async () => {
    const priya = await openSignedIn(browser, server.baseUrl, ids['Priya Chauhan']);
    const tom = await openSignedIn(browser, server.baseUrl, ids['Tom Nguyen']);
    const sam = await openSignedIn(browser, server.baseUrl, ids['Sam Whitfield']);
    try {
      // Priya starts from the guides page and saves too soon: the problems are listed and take focus.
      await openInTheme(priya.page, '/guides', 'default', 'How-to guides');
      await priya.page.getByRole('link', { name: 'Write a guide' }).click();
      await waitForHeading(priya.page, 'Write a guide');
      await priya.page.getByRole('button', { name: 'Save draft' }).click();
      const problems = priya.page.getByRole('group', { name: 'There is a problem' }).filter({ hasText: 'The guide was not saved.' });
      await problems.getByRole('link', { name: /^Title is required/ }).waitFor();
      await problems.getByRole('link', { name: /^The guide is required/ }).waitFor();
      expect(await priya.page.evaluate<string | undefined>('document.activeElement?.getAttribute("aria-labelledby")')).toBe('guide-problems');
      await expectNoAxeViolations(priya.page, 'guide editor with problems');

      await priya.page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
      await priya.page.getByRole('textbox', { name: 'Summary (optional)' }).fill('Put a list in order by date, name or amount.');
      await priya.page.getByRole('textbox', { name: 'The guide' }).fill(BODY);
      await priya.page.getByRole('button', { name: 'Show preview' }).click();
      const preview = priya.page.getByRole('region', { name: 'Preview of the guide' });
      await preview.getByRole('heading', { level: 2, name: 'Before you start' }).waitFor();
      expect(await preview.locator('script').count()).toBe(0);
      await expandSection(priya.page, /^Digital at work/);
      await priya.page.getByRole('checkbox', { name: 'Use Excel to enter, sort and add up figures' }).check();
      await expectNoAxeViolations(priya.page, 'guide editor filled in, with a preview');
      await priya.page.getByRole('button', { name: 'Submit for publishing' }).click();
      await waitForHeading(priya.page, TITLE);
      await priya.page.getByText('Waiting to be published').first().waitFor();
      const id = new URL(priya.page.url()).searchParams.get('id')!;

      // Staff cannot see it yet.
      expect((await sam.page.request.get(`/api/guides/${id}`)).status()).toBe(404);

      // Tom publishes it from the queue.
      await openInTheme(tom.page, '/guides', 'default', 'How-to guides');
      const waiting = tom.page.getByRole('table', { name: 'Guides waiting to publish' });
      await waiting.getByRole('link', { name: TITLE }).waitFor();
      await expectNoAxeViolations(tom.page, 'guides page with the publishing queue');
      await waiting.getByRole('button', { name: `Publish ${TITLE}` }).click();
      await tom.page.getByText(`Published “${TITLE}”. Everyone can find it now.`).waitFor();

      // Sam finds it by searching and reads it.
      await openInTheme(sam.page, '/guides', 'default', 'How-to guides');
      expect(await sam.page.getByRole('link', { name: 'Write a guide' }).count()).toBe(0);
      await sam.page.getByRole('searchbox', { name: 'Search' }).fill('sort a list');
      await sam.page.getByRole('list', { name: 'Published guides' }).getByRole('link', { name: TITLE }).click();
      await waitForHeading(sam.page, TITLE);
      await sam.page.getByRole('heading', { level: 2, name: 'Before you start' }).waitFor();
      await sam.page.getByText('<script>alert(1)</script>').waitFor();
      expect(await sam.page.getByRole('heading', { name: 'What you can do' }).count()).toBe(0);
      await sam.page.getByText(/Written by Priya Chauhan, published .* by Tom Nguyen/).waitFor();
      await expectNoAxeViolations(sam.page, 'a published guide');
      expect([priya, tom, sam].flatMap((opened) => opened.pageErrors)).toEqual([]);
    } finally {
      await Promise.all([priya.context.close(), tom.context.close(), sam.context.close()]);
    }
  });

  it('offers a published guide in the learning plan of someone with a gap in its skill', async () => {
    const guide = await guideByApi('Priya Chauhan', { title: 'Add up a column in Excel', statementKeys: ['excel-basics'] }, ['submit', 'publish']);
    const campaignId = await buildCampaign(server.db, { name: 'Guides audit', frameworkVersionId: await currentFrameworkVersionId(server.db), memberIds: [ids['Dave Hollis']] });
    const report = await submitWholeAudit(server.baseUrl, ids['Dave Hollis'], campaignId, 'could-not');
    const dave = await openSignedIn(browser, server.baseUrl, ids['Dave Hollis']);
    try {
      await openInTheme(dave.page, `/my-skills/report?id=${report.responseId}`, 'default', 'Your skills report');
      const help = dave.page.getByRole('list', { name: 'Help with: Use Excel to enter, sort and add up figures' });
      await help.getByRole('link', { name: guide.title }).click();
      await waitForHeading(dave.page, guide.title);
      expect(dave.pageErrors).toEqual([]);
    } finally {
      await dave.context.close();
    }
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it('has no WCAG 2.2 AA violations on any guide page', async () => {
      const draft = await guideByApi('Priya Chauhan', { title: `Waiting in the ${theme} theme` }, ['submit']);
      const published = await guideByApi('Priya Chauhan', { title: `Published in the ${theme} theme` }, ['submit', 'publish']);
      const opened = await Promise.all((['Priya Chauhan', 'Tom Nguyen', 'Sam Whitfield'] as const).map((name) => openSignedIn(browser, server.baseUrl, ids[name])));
      const [priya, tom, sam] = opened;
      try {
        await openInTheme(sam!.page, '/guides', theme, 'How-to guides');
        await sam!.page.getByRole('list', { name: 'Published guides' }).waitFor();
        await expectNoAxeViolations(sam!.page, `guides page (${theme})`);
        await openInTheme(sam!.page, `/guides/view?id=${published.id}`, theme, published.title);
        await expectNoAxeViolations(sam!.page, `a published guide (${theme})`);

        await openInTheme(priya!.page, '/guides', theme, 'How-to guides');
        await priya!.page.getByRole('table', { name: 'My guides' }).waitFor();
        await expectNoAxeViolations(priya!.page, `guides page with my guides (${theme})`);
        await openInTheme(priya!.page, `/guides/edit?id=${draft.id}`, theme, `Change “${draft.title}”`);
        await priya!.page.getByRole('button', { name: 'Show preview' }).click();
        await priya!.page.getByRole('region', { name: 'Preview of the guide' }).waitFor();
        await expectNoAxeViolations(priya!.page, `guide editor (${theme})`);

        await openInTheme(tom!.page, '/guides', theme, 'How-to guides');
        await tom!.page.getByRole('table', { name: 'Guides waiting to publish' }).waitFor();
        await expectNoAxeViolations(tom!.page, `guides page with the publishing queue (${theme})`);
        await openInTheme(tom!.page, `/guides/view?id=${draft.id}`, theme, draft.title);
        await tom!.page.getByRole('button', { name: 'Send back to the author' }).click();
        await tom!.page.getByRole('button', { name: 'Send back', exact: true }).click();
        await tom!.page.getByRole('group', { name: 'There is a problem' }).filter({ hasText: 'The guide was not sent back.' }).waitFor();
        await expectNoAxeViolations(tom!.page, `a guide waiting to publish, sending it back (${theme})`);
        expect(opened.flatMap((each) => each.pageErrors)).toEqual([]);
      } finally {
        await Promise.all(opened.map((each) => each.context.close()));
      }
    });
  });
});
