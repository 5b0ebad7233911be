import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (scripts/ensure-chromium.mjs installs it): no browser is downloaded by tests. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Starts chromium. Playwright gives every launch a fresh temporary user-data-dir (and
 * deletes it on close), so no cookies, storage or cache leak from one run to the next;
 * each `newContext()` is a further clean profile, e.g. one per signed-in person.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

export interface PageOptions {
  baseUrl: string;
  /** 360 px wide is the narrowest phone the tab supports. */
  viewport?: { width: number; height: number };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page: a bug even when the page still looks right, so tests check it is empty. */
  pageErrors: string[];
}

export async function openPage(browser: Browser, options: PageOptions): Promise<OpenedPage> {
  const context = await browser.newContext({
    baseURL: options.baseUrl,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  // Long enough for a slow shared machine, short enough that a missing element fails quickly.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

/**
 * Waits for running animations (a panel opening, a dialog fading in) to end. An animation
 * cancelled on the way (its element removed) has ended too, so its rejection is not a failure.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate('Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))');
}

/** Every aria-labelledby or aria-describedby id that names no element in the page. */
const DANGLING_REFERENCES = `[...document.querySelectorAll('[aria-labelledby], [aria-describedby]')].flatMap((element) =>
  ['aria-labelledby', 'aria-describedby'].flatMap((attribute) =>
    (element.getAttribute(attribute) ?? '').split(/\\s+/).filter((id) => id !== '' && document.getElementById(id) === null)
      .map((id) => element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ')[0] : '') + ' ' + attribute + '="' + id + '"')))`;

/**
 * Fails with a readable list when axe finds WCAG 2.2 A/AA problems. Fluent's focus-trap
 * helpers ([data-tabster-dummy]) are excluded: axe misreads them as focusable content.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // A dialog fading in is half-transparent: axe would measure colours nobody reads. Scan
  // what people see once it has settled.
  await animationsSettled(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude('[data-tabster-dummy]').analyze();
  // axe only asks for a review when a label or description points at nothing; it is a fault.
  const dangling = await page.evaluate<string[]>(DANGLING_REFERENCES);
  if (dangling.length > 0) throw new Error(`${label}: labels or descriptions that point at no element:\n  ${dangling.join('\n  ')}`);
  if (results.violations.length === 0) return;
  const report = results.violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}`).join('\n');
      return `  ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}\n${targets}`;
    })
    .join('\n');
  throw new Error(`${label}: ${results.violations.length} accessibility violation(s)\n${report}`);
}
