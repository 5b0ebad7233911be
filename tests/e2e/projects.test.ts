import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { buildProject } from '../factories/objectives.js';
import { demoPersonId } from '../factories/people.js';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { inSignedInPage } from './audit-support.js';
import { THEMES, assertTabIsBuilt, focused, openInTheme, waitForHeading } from './journeys.js';

// A real server and a real browser.
jest.setTimeout(180_000);

const REPAIRS = 'Online housing repairs';
const PORTAL = 'Planning portal';
const IMPLICATIONS = 'Tenants report repairs online with a council account. Repair officers get tablets. Repair records move to the new system.';

/** Chooses a colleague in a person picker: type part of the name, then pick them from the list. */
async function choosePerson(page: Page, label: string, typed: string, displayName: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: label });
  await picker.fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${displayName}`) }).click();
  expect(await picker.inputValue()).toBe(displayName);
}

describe('The digital projects register in the tab', () => {
  let server: TestServer;
  let browser: Browser;
  let tomId: string;
  let samId: string;
  let portalId: string;

  beforeAll(async () => {
    assertTabIsBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const { db } = server;
    [tomId, samId] = await Promise.all([demoPersonId(db, 'Tom Nguyen'), demoPersonId(db, 'Sam Whitfield')]);
    // A register with one project in it, whatever demo projects the council starts with.
    await db.deleteFrom('projects').execute();
    const housing = await db.selectFrom('services').select(['id', 'head_person_id']).where('name', '=', 'Housing').executeTakeFirstOrThrow();
    portalId = await buildProject(db, { name: PORTAL, serviceId: housing.id, sponsorPersonId: housing.head_person_id, stage: 'delivery', rag: 'amber' });
    await db.insertInto('project_members').values({ project_id: portalId, person_id: samId, role: 'Tester' }).execute();
    await db.insertInto('project_followers').values({ project_id: portalId, person_id: samId }).execute();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets Tom, of the digital team, add a project with its digital implications and a member, then change its status', async () => {
    await inSignedInPage(browser, server.baseUrl, tomId, async (page) => {
    await page.goto('/projects');
    await waitForHeading(page, 'Digital projects');
    await page.getByRole('link', { name: 'Add a project' }).click();
    await waitForHeading(page, 'Add a digital project');

    await page.getByLabel('Name').fill(REPAIRS);
    await page.getByLabel('Summary (optional)').fill('Tenants report and track repairs online, any time.');
    await page.getByLabel('Service').selectOption({ label: 'Housing' });
    await choosePerson(page, 'Sponsor', 'Helen Ade', 'Helen Adeyemi');
    await page.getByLabel('Stage').selectOption({ label: 'Initiation' });
    await page.getByRole('radio', { name: /^Amber/ }).check();
    await page.getByLabel('Start date (optional)').fill('2026-04-01');
    await page.getByLabel('End date (optional)').fill('2027-03-31');
    await page.getByLabel('Digital implications').fill(IMPLICATIONS);
    await page.getByRole('button', { name: 'Add project' }).click();

    await waitForHeading(page, REPAIRS);
    await page.getByText(IMPLICATIONS).waitFor();
    await page.getByText('Amber: some problems, being managed').waitFor();

    await choosePerson(page, 'Colleague', 'Sam Whit', 'Sam Whitfield');
    await page.getByLabel('Their role (optional)').fill('Tester');
    await page.getByRole('button', { name: 'Add to project' }).click();
    await page.getByRole('status').filter({ hasText: `Sam Whitfield is now in ${REPAIRS} as Tester.` }).waitFor();
    await page.getByRole('list', { name: 'Members' }).getByText('Sam Whitfield, Tester').waitFor();

    // Things go better: Tom changes its status, and only that changes.
    await page.getByRole('link', { name: `Edit ${REPAIRS}` }).click();
    await waitForHeading(page, `Edit ${REPAIRS}`);
    await page.getByRole('radio', { name: /^Green/ }).check();
    const sent = page.waitForRequest((request) => request.method() === 'PATCH');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect((await sent).postDataJSON()).toEqual({ rag: 'green' });
    await waitForHeading(page, REPAIRS);
    await page.getByText('Green: on track').waitFor();

    const project = await server.db
      .selectFrom('projects')
      .select(['id', 'stage', 'rag', 'digital_implications', 'created_by', 'starts_on', 'ends_on'])
      .where('name', '=', REPAIRS)
      .executeTakeFirstOrThrow();
    expect(project).toMatchObject({ stage: 'initiation', rag: 'green', digital_implications: IMPLICATIONS, created_by: tomId, starts_on: '2026-04-01', ends_on: '2027-03-31' });
    const members = await server.db.selectFrom('project_members').select(['person_id', 'role']).where('project_id', '=', project.id).execute();
    expect(members).toEqual([{ person_id: samId, role: 'Tester' }]);
    });
  });

  it('lets Sam find the project, open it and follow it, hearing that he follows it', async () => {
    await inSignedInPage(browser, server.baseUrl, samId, async (page) => {
    await page.goto('/projects');
    await waitForHeading(page, 'Digital projects');
    await expect(page.getByRole('link', { name: 'Add a project' }).count()).resolves.toBe(0);
    await page.getByRole('heading', { level: 3, name: PORTAL }).waitFor();

    await page.getByRole('searchbox', { name: 'Search' }).fill('housing repairs');
    await page.getByRole('heading', { level: 3, name: PORTAL }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: REPAIRS }).click();

    await waitForHeading(page, REPAIRS);
    await page.getByText(IMPLICATIONS).waitFor();
    await page.getByText('Last update').waitFor();
    await expect(page.getByRole('link', { name: `Edit ${REPAIRS}` }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: `Follow ${REPAIRS}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `You are following ${REPAIRS}.` }).waitFor();
    // The same button now unfollows, and focus never left it.
    expect(await focused(page).textContent()).toBe(`Unfollow ${REPAIRS}`);
    await page.getByText('1 person follows this project.', { exact: false }).waitFor();

    const project = await server.db.selectFrom('projects').select('id').where('name', '=', REPAIRS).executeTakeFirstOrThrow();
    const followers = await server.db.selectFrom('project_followers').select('person_id').where('project_id', '=', project.id).execute();
    expect(followers).toEqual([{ person_id: samId }]);

    // Back in the register, "only projects I follow" shows both the projects Sam follows.
    await page.getByRole('link', { name: 'All digital projects' }).click();
    await waitForHeading(page, 'Digital projects');
    await page.getByRole('checkbox', { name: 'Only projects I follow' }).check();
    const list = page.getByRole('list', { name: 'Projects' });
    await list.getByRole('button', { name: `Unfollow ${REPAIRS}` }).waitFor();
    await list.getByRole('button', { name: `Unfollow ${PORTAL}` }).waitFor();
    });
  });

  it.each(THEMES)('shows the register free of accessibility problems, in the %s theme', async (theme) => {
    await inSignedInPage(browser, server.baseUrl, samId, async (page) => {
    await openInTheme(page, '/projects', theme, 'Digital projects');
    await page.getByRole('heading', { level: 3, name: PORTAL }).waitFor();
    await expectNoAxeViolations(page, `projects, ${theme} theme`);
    });
  });

  it.each(THEMES)('shows a project as the digital team sees it, members, followers and the colleague picker, free of accessibility problems, in the %s theme', async (theme) => {
    await inSignedInPage(browser, server.baseUrl, tomId, async (page) => {
    await openInTheme(page, `/projects/view?id=${portalId}`, theme, PORTAL);
    await page.getByRole('list', { name: 'Followers' }).getByText('Sam Whitfield').waitFor();
    await page.getByRole('button', { name: 'Remove Sam Whitfield from the project' }).waitFor();
    // With the colleague picker open on its matches.
    await page.getByRole('combobox', { name: 'Colleague' }).pressSequentially('Gareth');
    await page.getByRole('option', { name: /^Gareth Morgan/ }).waitFor();
    await expectNoAxeViolations(page, `project, ${theme} theme`);
    });
  });

  it.each(THEMES)('shows the project form with its problems, free of accessibility problems, in the %s theme', async (theme) => {
    await inSignedInPage(browser, server.baseUrl, tomId, async (page) => {
    await openInTheme(page, '/projects/edit', theme, 'Add a digital project');
    await page.getByLabel('Start date (optional)').fill('2026-09-01');
    await page.getByLabel('End date (optional)').fill('2026-08-01');
    await page.getByRole('button', { name: 'Add project' }).click();
    // The summary takes focus and names every field to fix, linking to each.
    const summary = page.getByRole('group', { name: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Name is required',
      'Service is required',
      'Sponsor is required',
      'End date must be on or after the start date',
    ]);
    await summary.getByRole('link', { name: 'Sponsor is required' }).click();
    expect(await focused(page).getAttribute('id')).toBe('project-sponsor');
    await expectNoAxeViolations(page, `project form, ${theme} theme`);
    expect(await server.db.selectFrom('projects').select('id').where('name', '=', '').execute()).toEqual([]);
    });
  });
});
