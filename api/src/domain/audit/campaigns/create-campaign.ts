import type { Campaign, CampaignInput, Population } from '../../../contracts/audit-campaigns.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, type FieldError } from '../../shared/app-error.js';
import { addDays, councilDate } from '../campaign-window.js';
import type { CampaignDeps } from './campaign-deps.js';
import { requireCampaignRunner, toCampaignDto } from './campaign-dto.js';
import { invitationDay } from './plan-campaign-messages.js';

function dateErrors(input: CampaignInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (input.opensOn < today) errors.push({ field: 'body.opensOn', message: 'must be today or later' });
  if (input.closesOn < input.opensOn) errors.push({ field: 'body.closesOn', message: 'must be on or after the opening date' });
  return errors;
}

/** A reminder that would fall on or before the opening day could never be sent. */
function reminderErrors(input: CampaignInput): FieldError[] {
  const invitedOn = invitationDay({ ...input, launchedOn: null });
  return input.reminderDays.flatMap((days, index) =>
    addDays(input.closesOn, -days) <= invitedOn
      ? [{ field: `body.reminderDays[${index}]`, message: `${days} days before closing is not after the opening date, so this reminder could never be sent` }]
      : [],
  );
}

async function populationErrors(deps: CampaignDeps, population: Population): Promise<FieldError[]> {
  if (population.kind === 'everyone') return [];
  if (population.serviceIds.length === 0 && population.siteIds.length === 0) {
    return [{ field: 'body.population', message: 'choose at least one service or site' }];
  }
  const [services, sites] = await Promise.all([
    deps.campaigns.unknownIds('services', population.serviceIds),
    deps.campaigns.unknownIds('sites', population.siteIds),
  ]);
  return [
    ...population.serviceIds.flatMap((id, index) =>
      services.includes(id) ? [{ field: `body.population.serviceIds[${index}]`, message: 'is not a service in the directory' }] : [],
    ),
    ...population.siteIds.flatMap((id, index) =>
      sites.includes(id) ? [{ field: `body.population.siteIds[${index}]`, message: 'is not a site in the directory' }] : [],
    ),
  ];
}

/** HR sets up a campaign as a draft; nobody is invited until it is launched. */
export async function createCampaign(deps: CampaignDeps, actor: Actor, input: CampaignInput): Promise<Campaign> {
  requireCampaignRunner(actor, 'create audit campaigns');
  const now = deps.clock.now();
  const errors = [...dateErrors(input, councilDate(now)), ...reminderErrors(input), ...(await populationErrors(deps, input.population))];
  if (errors.length > 0) throw AppError.validation(errors);
  if ((await deps.campaigns.populationSize(input.population)) === 0) {
    throw AppError.validation([{ field: 'body.population', message: 'nobody active in the directory is in the chosen services or at the chosen sites' }]);
  }

  const framework = await deps.frameworks.current();
  if (!framework) throw new AppError('conflict', 'There is no skills framework yet: save one before creating a campaign.');

  const reminderDays = [...new Set(input.reminderDays)].sort((a, b) => b - a);
  const id = await deps.campaigns.create({ ...input, reminderDays, frameworkVersionId: framework.id, createdBy: actor.personId }, (campaignId) => ({
    actorPersonId: actor.personId,
    action: 'update',
    resource: 'audit-campaign',
    details: { campaignId, change: 'created' },
  }));

  const [record, places] = await Promise.all([deps.campaigns.find(id), deps.campaigns.placeNames()]);
  if (!record) throw new Error(`campaign ${id} vanished right after it was created`);
  return toCampaignDto(record, places, now);
}
