import type { Campaign, Population } from '../../../contracts/audit-campaigns.js';
import { requireAnyRole, type Actor } from '../../shared/actor.js';
import { councilDate, isCampaignOpen } from '../campaign-window.js';
import type { CampaignRecord, PlaceNames } from './campaign-repository.js';
import type { CampaignSchedule } from './plan-campaign-messages.js';

/** Only HR runs campaigns and sees how their messages are going. */
export function requireCampaignRunner(actor: Actor, action: string): void {
  requireAnyRole(actor, ['hr'], action);
}

/** "Housing", "Housing and Planning", "Housing, Planning and Finance". */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function namesOf(ids: readonly string[], names: ReadonlyMap<string, string>, missing: string): string[] {
  return ids.map((id) => names.get(id) ?? missing);
}

/** The population in plain words: people in the chosen services, and everyone at the chosen sites. */
export function populationLabel(population: Population, places: PlaceNames): string {
  if (population.kind === 'everyone') return 'Everyone';
  const services = listInWords(namesOf(population.serviceIds, places.services, 'a service no longer in the directory'));
  const sites = listInWords(namesOf(population.siteIds, places.sites, 'a site no longer in the directory'));
  if (services && sites) return `${services}, and everyone at ${sites}`;
  return services || `Everyone at ${sites}`;
}

export function toCampaignDto(record: CampaignRecord, places: PlaceNames, now: Date): Campaign {
  return {
    id: record.id,
    name: record.name,
    opensOn: record.opensOn,
    closesOn: record.closesOn,
    status: record.status,
    open: isCampaignOpen(record, now),
    population: record.population,
    populationLabel: populationLabel(record.population, places),
    reminderDays: record.reminderDays,
    frameworkVersion: record.frameworkVersion,
    members: record.members,
    submitted: record.submitted,
    inProgress: record.inProgress,
    launchedAt: record.launchedAt ? record.launchedAt.toISOString() : null,
  };
}

/** The schedule of a stored campaign, with the UK date it was launched on. */
export function scheduleOf(record: CampaignRecord): CampaignSchedule {
  return {
    opensOn: record.opensOn,
    closesOn: record.closesOn,
    reminderDays: record.reminderDays,
    launchedOn: record.launchedAt ? councilDate(record.launchedAt) : null,
  };
}
