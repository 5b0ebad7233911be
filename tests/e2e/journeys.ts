import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PersonaDirectory, type Persona } from '../../api/src/contracts/dev-sign-in.js';
import { Me } from '../../api/src/contracts/me.js';
import { animationsSettled } from '../support/browser.js';
import type { RoleName } from '../../api/src/contracts/people.js';

/** Shared steps of the browser journeys: what a person does, not how the page is built. */

export const THEMES = ['default', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

const TAB_INDEX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tab/dist/index.html');

/** The server serves the built tab; a missing build would only show up as a confusing timeout. */
export function assertTabIsBuilt(): void {
  if (!existsSync(TAB_INDEX)) {
    throw new Error('The tab has not been built: run `node scripts/build-tab-if-needed.mjs` (npm test does it for you).');
  }
}

/** Someone from the demo council who holds `role`, as the sign-in page lists them. */
export async function demoPersonWithRole(baseUrl: string, role: RoleName): Promise<Persona> {
  const response = await fetch(`${baseUrl}/api/dev/personas`);
  if (!response.ok) throw new Error(`GET /api/dev/personas answered ${response.status}`);
  const directory = PersonaDirectory.parse(await response.json());
  const person = directory.suggested.find((persona) => persona.role === role) ?? directory.groups.find((group) => group.role === role)?.people[0];
  if (!person) throw new Error(`The demo council has nobody with the role ${role}`);
  return person;
}

export function firstName(displayName: string): string {
  return displayName.split(/\s+/)[0] ?? displayName;
}

export async function searchForPerson(page: Page, name: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search for a person' }).fill(name);
  await waitForSearchResults(page, name);
}

/** The live region is what a screen-reader user hears once the results are in. */
export async function waitForSearchResults(page: Page, name: string): Promise<void> {
  await page.locator('#persona-search-status').filter({ hasText: `matching “${name}”` }).waitFor({ state: 'attached' });
}

/** Uses the sign-in page as a person would: search, then the "Sign in as …" button. */
export async function signInThroughPicker(page: Page, displayName: string, theme?: Theme): Promise<void> {
  await page.goto(theme ? `/sign-in?theme=${theme}` : '/sign-in');
  await searchForPerson(page, displayName);
  await page.getByRole('button', { name: `Sign in as ${displayName}` }).first().click();
  await waitForHeading(page, `Hello, ${firstName(displayName)}`);
}

export async function waitForHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Who the browser's session cookie says is signed in, straight from the API. */
export async function currentMe(page: Page): Promise<Me> {
  const response = await page.request.get('/api/me');
  if (!response.ok()) throw new Error(`GET /api/me answered ${response.status()}`);
  return Me.parse(await response.json());
}

/** Opens a tab page (which may carry its own query) in a theme, and waits until it has finished loading. */
export async function openInTheme(page: Page, address: string, theme: Theme, heading: string | RegExp): Promise<void> {
  const url = new URL(address, 'http://tab.invalid');
  url.searchParams.set('theme', theme);
  await page.goto(`${url.pathname}${url.search}${url.hash}`);
  await waitForHeading(page, heading);
  // A page may load several parts at once, each with its own spinner: `first()` is detached once none is left.
  await page.locator('[role="status"] .fui-Spinner').first().waitFor({ state: 'detached' });
}

/** What has keyboard focus now, as a locator (empty when focus is on the page body). */
export function focused(page: Page) {
  return page.locator('*:focus');
}

export async function focusedElementText(page: Page): Promise<string> {
  return ((await focused(page).first().textContent()) ?? '').trim();
}

/**
 * Opens a collapsible section and waits for it to finish opening: while its panel grows,
 * a click can start on one control and end on another, as it would for a person.
 */
export async function expandSection(page: Page, header: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: header, expanded: false }).click();
  await page.getByRole('button', { name: header, expanded: true }).waitFor();
  await animationsSettled(page);
}
