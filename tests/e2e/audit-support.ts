import { expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { AuditReport, MyAudit, type AnswerValue } from '../../api/src/contracts/skills-audit.js';
import type { FrameworkCategory } from '../../api/src/contracts/skills-framework.js';
import type { Db } from '../../api/src/db/database.js';
import { createFrameworkRepository } from '../../api/src/db/framework-repository.js';
import { openPage, type OpenedPage } from '../support/browser.js';
import { signInAs } from '../support/start-test-server.js';
import { buildFramework, frameworkDocument } from '../factories/audit.js';

/** Steps shared by the skills audit's browser journeys. */

/** The framework version new campaigns use: the one the server seeded at start-up, or a small one if it seeded none. */
export async function currentFrameworkVersionId(db: Db): Promise<string> {
  const current = await createFrameworkRepository(db).current();
  return current?.id ?? buildFramework(db, frameworkDocument({ categories: 4, statementsEach: 3, basicCategories: 3 }));
}

/** A browser page already signed in as the person (through the dev sign-in API, without the picker). */
export async function openSignedIn(browser: Browser, baseUrl: string, personId: string, viewport?: { width: number; height: number }): Promise<OpenedPage> {
  const opened = await openPage(browser, { baseUrl, ...(viewport ? { viewport } : {}) });
  const [name, ...value] = (await signInAs(baseUrl, personId)).split('=');
  await opened.context.addCookies([{ name: name ?? '', value: value.join('='), url: baseUrl }]);
  return opened;
}

/**
 * Runs `steps` on a page signed in as the person, then checks the page threw no error; the
 * browser context is closed whatever happens.
 */
export async function inSignedInPage(browser: Browser, baseUrl: string, personId: string, steps: (page: Page) => Promise<void>): Promise<void> {
  const { page, context, pageErrors } = await openSignedIn(browser, baseUrl, personId);
  try {
    await steps(page);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Presses Tab until `done` holds, as a keyboard user moves through a page. */
export async function tabUntil(page: Page, done: () => Promise<boolean>, what: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await done()) return;
  }
  throw new Error(`Tabbed ${limit} times without reaching ${what}`);
}

/** The text of whatever has focus, without waiting: focus may be on the page itself between two stops. */
export async function activeText(page: Page): Promise<string> {
  return page.evaluate<string>('(document.activeElement?.textContent ?? "").trim()');
}

/** The name attribute of whatever has focus (a radio button's group), or an empty string. */
export async function activeName(page: Page): Promise<string> {
  return page.evaluate<string>('document.activeElement?.getAttribute("name") ?? ""');
}

export async function tabToButton(page: Page, name: string): Promise<void> {
  await tabUntil(page, async () => (await activeText(page)) === name, `“${name}”`);
}

/** The person's audit, as the API gives it to them. */
export async function myAudit(baseUrl: string, cookie: string): Promise<MyAudit> {
  const response = await fetch(`${baseUrl}/api/audit/me`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET /api/audit/me answered ${response.status}: ${await response.text()}`);
  return MyAudit.parse(await response.json());
}

export async function saveAnswers(baseUrl: string, cookie: string, campaignId: string, category: FrameworkCategory, answer: (index: number) => AnswerValue): Promise<void> {
  const response = await fetch(`${baseUrl}/api/audit/me/answers`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ campaignId, categoryKey: category.key, answers: category.statements.map((statement, index) => ({ statementId: statement.id, answer: answer(index) })) }),
  });
  if (!response.ok) throw new Error(`PUT /api/audit/me/answers answered ${response.status}: ${await response.text()}`);
}

/** Answers every statement the same way and submits, as someone finishing in one go. */
export async function submitWholeAudit(baseUrl: string, personId: string, campaignId: string, answer: AnswerValue): Promise<AuditReport> {
  const cookie = await signInAs(baseUrl, personId);
  const audit = await myAudit(baseUrl, cookie);
  const answers = audit.categories.flatMap((category) => category.statements.map((statement) => ({ statementId: statement.id, answer })));
  const response = await fetch(`${baseUrl}/api/audit/me/submit`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ campaignId, answers }),
  });
  if (!response.ok) throw new Error(`POST /api/audit/me/submit answered ${response.status}: ${await response.text()}`);
  return AuditReport.parse(await response.json());
}

/** Nothing on the page is wider than the window: no sideways scrolling of the whole page. */
export async function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate<number>('(document.scrollingElement ?? document.documentElement).scrollWidth');
}
