import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { PAGE_PATHS, type PageId } from '../../tab/src/page-paths.js';
import { demoPersonId } from '../factories/people.js';
import { Me, type NavigationItem } from '../../api/src/contracts/me.js';
import { expectNoAxeViolations, launchBrowser, openPage, type OpenedPage } from '../support/browser.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';
import { THEMES, assertTabIsBuilt } from './journeys.js';

// A real server with the whole demo council and a real browser: every page at the narrowest
// width WCAG 1.4.10 asks for (320 CSS px), and each role's Home.
jest.setTimeout(240_000);

const NARROW = { width: 320, height: 640 };

type Persona = 'Sam Whitfield' | 'Priya Chauhan' | 'Gareth Morgan' | 'Helen Adeyemi' | 'Fiona Campbell' | 'Tom Nguyen' | 'Marcus Reid' | 'Alex Kowalski';

/** Ids of things in the demo council that some pages show one of. */
interface DemoIds {
  categoryKey: string;
  reportId: string;
  campaignId: string;
  guideId: string;
  objectiveId: string;
  housingId: string;
  projectId: string;
}

/**
 * Every page of the tab, as someone who uses it sees it. A `Record` over the page registry:
 * a new page does not compile until it says who opens it and where.
 */
const PAGES: Record<PageId, { as: Persona | null; address: (ids: DemoIds) => string }> = {
  home: { as: 'Sam Whitfield', address: () => PAGE_PATHS.home },
  signIn: { as: null, address: () => PAGE_PATHS.signIn },
  privacy: { as: null, address: () => PAGE_PATHS.privacy },
  terms: { as: null, address: () => PAGE_PATHS.terms },
  outbox: { as: 'Alex Kowalski', address: () => PAGE_PATHS.outbox },
  auditLog: { as: 'Alex Kowalski', address: () => PAGE_PATHS.auditLog },
  importStaff: { as: 'Fiona Campbell', address: () => PAGE_PATHS.importStaff },
  leaversData: { as: 'Fiona Campbell', address: () => PAGE_PATHS.leaversData },
  audit: { as: 'Sam Whitfield', address: () => PAGE_PATHS.audit },
  auditQuestions: { as: 'Sam Whitfield', address: (ids) => `${PAGE_PATHS.auditQuestions}?category=${ids.categoryKey}` },
  auditCheck: { as: 'Sam Whitfield', address: () => PAGE_PATHS.auditCheck },
  auditSubmitted: { as: 'Priya Chauhan', address: () => PAGE_PATHS.auditSubmitted },
  mySkills: { as: 'Priya Chauhan', address: () => PAGE_PATHS.mySkills },
  myReport: { as: 'Priya Chauhan', address: (ids) => `${PAGE_PATHS.myReport}?id=${ids.reportId}` },
  teamAudit: { as: 'Gareth Morgan', address: () => PAGE_PATHS.teamAudit },
  championCandidates: { as: 'Tom Nguyen', address: () => PAGE_PATHS.championCandidates },
  skillsFramework: { as: 'Tom Nguyen', address: () => PAGE_PATHS.skillsFramework },
  auditSettings: { as: 'Fiona Campbell', address: () => PAGE_PATHS.auditSettings },
  learningResources: { as: 'Tom Nguyen', address: () => PAGE_PATHS.learningResources },
  auditCampaigns: { as: 'Fiona Campbell', address: () => PAGE_PATHS.auditCampaigns },
  auditCampaignProgress: { as: 'Fiona Campbell', address: (ids) => `${PAGE_PATHS.auditCampaignProgress}?id=${ids.campaignId}` },
  guides: { as: 'Sam Whitfield', address: () => PAGE_PATHS.guides },
  guide: { as: 'Sam Whitfield', address: (ids) => `${PAGE_PATHS.guide}?id=${ids.guideId}` },
  guideEditor: { as: 'Priya Chauhan', address: () => PAGE_PATHS.guideEditor },
  helpRequests: { as: 'Sam Whitfield', address: () => PAGE_PATHS.helpRequests },
  helpRequestSettings: { as: 'Tom Nguyen', address: () => PAGE_PATHS.helpRequestSettings },
  champions: { as: 'Tom Nguyen', address: () => PAGE_PATHS.champions },
  championProfile: { as: 'Priya Chauhan', address: () => PAGE_PATHS.championProfile },
  championQueue: { as: 'Priya Chauhan', address: () => PAGE_PATHS.championQueue },
  championDashboard: { as: 'Priya Chauhan', address: () => PAGE_PATHS.championDashboard },
  championsOverview: { as: 'Tom Nguyen', address: () => PAGE_PATHS.championsOverview },
  supportLog: { as: 'Priya Chauhan', address: () => PAGE_PATHS.supportLog },
  dropIns: { as: 'Priya Chauhan', address: () => PAGE_PATHS.dropIns },
  myChampion: { as: 'Sam Whitfield', address: () => PAGE_PATHS.myChampion },
  championMatching: { as: 'Tom Nguyen', address: () => PAGE_PATHS.championMatching },
  myObjectives: { as: 'Sam Whitfield', address: () => PAGE_PATHS.myObjectives },
  objective: { as: 'Sam Whitfield', address: (ids) => `${PAGE_PATHS.objective}?id=${ids.objectiveId}` },
  objectiveEditor: { as: 'Sam Whitfield', address: () => PAGE_PATHS.objectiveEditor },
  appraisalYears: { as: 'Fiona Campbell', address: () => PAGE_PATHS.appraisalYears },
  teamObjectives: { as: 'Gareth Morgan', address: () => PAGE_PATHS.teamObjectives },
  servicePlans: { as: 'Helen Adeyemi', address: () => PAGE_PATHS.servicePlans },
  servicePlan: { as: 'Helen Adeyemi', address: (ids) => `${PAGE_PATHS.servicePlan}?serviceId=${ids.housingId}` },
  servicePlanCompliance: { as: 'Marcus Reid', address: () => PAGE_PATHS.servicePlanCompliance },
  projects: { as: 'Sam Whitfield', address: () => PAGE_PATHS.projects },
  project: { as: 'Sam Whitfield', address: (ids) => `${PAGE_PATHS.project}?id=${ids.projectId}` },
  projectEditor: { as: 'Tom Nguyen', address: () => PAGE_PATHS.projectEditor },
};

/**
 * Controls in the page's main content that stick out of the screen, or out of a box that
 * cuts them off, without a scroll region around them: what a phone user cannot see or reach.
 */
const CLIPPED_CONTROLS = `(() => {
  const screenRight = document.documentElement.clientWidth;
  const describe = (element) => element.tagName.toLowerCase() + ' "' + (element.getAttribute('aria-label') || element.textContent || element.getAttribute('name') || '').trim().slice(0, 40) + '"';
  return [...document.querySelectorAll('main select, main input, main textarea, main button, main a, main img, main table')].flatMap((element) => {
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return [];
    let left = 0;
    let right = screenRight;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const overflow = getComputedStyle(parent).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') return [];
      if (overflow === 'hidden' || overflow === 'clip') {
        const edges = parent.getBoundingClientRect();
        left = Math.max(left, edges.left);
        right = Math.min(right, edges.right);
      }
    }
    return box.left < left - 1 || box.right > right + 1 ? [describe(element) + ' spans ' + Math.round(box.left) + '-' + Math.round(box.right) + ' px of ' + Math.round(left) + '-' + Math.round(right)] : [];
  });
})()`;

/** What each role's Home must show at least, in the demo council. */
const HOME_WORK: [Persona, RegExp[]][] = [
  ['Fiona Campbell', [/: \d+ of \d+ submitted \(\d+%\)$/, /volunteered to be a Digital Champion$/]],
  ['Tom Nguyen', [/volunteered to be a Digital Champion$/, /have no champion yet$/, /waiting to be published$/]],
  ['Priya Chauhan', [/waiting for your answer$/, /^You are helping with/]],
  ['Gareth Morgan', [/wait for your agreement$/, /are overdue$/]],
  ['Marcus Reid', [/services? ha(s|ve) no digital objective for/]],
  ['Helen Adeyemi', [/^Your skills audit is open until/]],
];

async function demoIds(server: TestServer): Promise<DemoIds> {
  const { db } = server;
  const priya = await demoPersonId(db, 'Priya Chauhan');
  const sam = await demoPersonId(db, 'Sam Whitfield');
  const [category, report, campaign, guide, objective, housing, project] = await Promise.all([
    db.selectFrom('framework_categories').select('key').orderBy('position').executeTakeFirstOrThrow(),
    db.selectFrom('audit_responses').select('id').where('person_id', '=', priya).where('status', '=', 'submitted').executeTakeFirstOrThrow(),
    db.selectFrom('audit_campaigns').select('id').where('status', '<>', 'draft').executeTakeFirstOrThrow(),
    db.selectFrom('how_to_guides').select('id').where('status', '=', 'published').executeTakeFirstOrThrow(),
    db.selectFrom('objectives').select('id').where('person_id', '=', sam).executeTakeFirstOrThrow(),
    db.selectFrom('services').select('id').where('name', '=', 'Housing').executeTakeFirstOrThrow(),
    db.selectFrom('projects').select('id').executeTakeFirstOrThrow(),
  ]);
  return {
    categoryKey: category.key,
    reportId: report.id,
    campaignId: campaign.id,
    guideId: guide.id,
    objectiveId: objective.id,
    housingId: housing.id,
    projectId: project.id,
  };
}

/** The page once it has finished loading: its heading shown and every spinner gone. */
async function openLoaded(page: Page, address: string): Promise<string> {
  await page.goto(address);
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  await page.locator('[role="status"] .fui-Spinner').first().waitFor({ state: 'detached' });
  return (await heading.textContent()) ?? '';
}

describe('Every page, and each role’s Home', () => {
  let server: TestServer;
  let browser: Browser;
  let ids: DemoIds;
  const opened = new Map<Persona | null, OpenedPage & { menu: NavigationItem[] }>();

  beforeAll(async () => {
    assertTabIsBuilt();
    // The whole demo, as `npm start` shows it: campaigns, champions, guides, objectives, projects.
    [server, browser] = await Promise.all([startTestServer({ env: { SEED_DEMO_ACTIVITY: 'true' } }), launchBrowser()]);
    ids = await demoIds(server);
  });

  afterAll(async () => {
    await Promise.all([...opened.values()].map((each) => each.context.close()));
    await browser?.close();
    await server?.close();
  });

  /** One browser profile per person, signed in once and reused for each of their pages. */
  async function pageFor(persona: Persona | null): Promise<OpenedPage & { menu: NavigationItem[] }> {
    const existing = opened.get(persona);
    if (existing) return existing;
    const fresh = await openPage(browser, { baseUrl: server.baseUrl, viewport: NARROW });
    let menu: NavigationItem[] = [];
    if (persona) {
      const [name, ...value] = (await signInAs(server.baseUrl, await demoPersonId(server.db, persona))).split('=');
      await fresh.context.addCookies([{ name: name ?? '', value: value.join('='), url: server.baseUrl }]);
      menu = Me.parse(await (await fresh.page.request.get('/api/me')).json()).navigation;
    }
    const withMenu = { ...fresh, menu };
    opened.set(persona, withMenu);
    return withMenu;
  }

  it.each([
    ['/guides/view', 'Go to the how-to guides', 'How-to guides'],
    ['/objectives/view?id=', 'Go to my digital objectives', 'My digital objectives'],
  ])('%s, a link without what it should open, says so and offers the list instead', async (address, back, list) => {
    const { page, pageErrors } = await pageFor('Sam Whitfield');
    for (const theme of THEMES) {
      const themed = new URL(address, server.baseUrl);
      themed.searchParams.set('theme', theme);
      expect(await openLoaded(page, `${themed.pathname}${themed.search}`)).toBe('This link is not complete');
      await expectNoAxeViolations(page, `incomplete link ${address} (${theme})`);
    }
    await page.getByRole('link', { name: back }).click();
    await page.getByRole('heading', { level: 1, name: list }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it.each(HOME_WORK)('Home shows %s their work, and each link lands where it is done', async (persona, expected) => {
    const { page, pageErrors } = await pageFor(persona);
    await openLoaded(page, PAGE_PATHS.home);
    const waiting = page.getByRole('region', { name: 'What is waiting for you' }).getByRole('link');
    const items: { text: string; href: string }[] = [];
    for (let index = 0; index < (await waiting.count()); index += 1) {
      const link = waiting.nth(index);
      items.push({ text: ((await link.textContent()) ?? '').trim(), href: (await link.getAttribute('href')) ?? '' });
    }
    expect(items.map((item) => item.text)).toEqual(expect.arrayContaining(expected.map((pattern) => expect.stringMatching(pattern))));
    for (const item of items) {
      await openLoaded(page, PAGE_PATHS.home);
      await waiting.filter({ hasText: item.text }).first().click();
      const heading = page.getByRole('heading', { level: 1 });
      await page.waitForURL((url) => `${url.pathname}${url.search}` === item.href);
      await page.locator('[role="status"] .fui-Spinner').first().waitFor({ state: 'detached' });
      expect(await heading.textContent()).not.toMatch(/not found|cannot use this page|^Hello/i);
    }
    expect(pageErrors).toEqual([]);
  });

  it.each(Object.entries(PAGES) as [PageId, (typeof PAGES)[PageId]][])('%s: nothing sticks out or is cut off, and the menu calls it what it is called', async (id, { as, address }) => {
    const { page, pageErrors, menu } = await pageFor(as);
    const heading = await openLoaded(page, address(ids));
    expect(heading).not.toMatch(/not found|cannot use this page/i);
    // The menu's label is the page's heading and the browser tab's title, so people know they arrived where they meant to.
    const label = menu.find((item) => item.href === PAGE_PATHS[id])?.label;
    if (label !== undefined) {
      expect((await page.title()).replace(/ – Digital Culture Hub$/, '')).toBe(label);
      if (id !== 'home') expect(heading).toBe(label);
    }
    expect(await page.evaluate<string[]>(CLIPPED_CONTROLS)).toEqual([]);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
  });
});
