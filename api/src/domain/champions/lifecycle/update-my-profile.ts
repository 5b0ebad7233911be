import { ChampionProfileInput, type ChampionProfile, type ChampionProfileChoices } from '../../../contracts/champions.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, type FieldError } from '../../shared/app-error.js';
import { fieldErrorsFrom } from '../../shared/zod-field-errors.js';
import type { ChampionDeps } from './champion-deps.js';
import { NOT_A_CHAMPION, profileOf } from './champion-profile.js';

// A volunteer or an invited person can fill in their profile while they wait; afterwards there is nothing to edit.
const EDITABLE = new Set(['volunteered', 'invited', 'active', 'paused']);

/** The champion says what they offer: specialisms, where and for which service, which days, how many people, about them. */
export async function updateMyProfile(deps: ChampionDeps, actor: Actor, body: unknown): Promise<ChampionProfile> {
  const parsed = ChampionProfileInput.strict().safeParse(body, { reportInput: true });
  if (!parsed.success) throw AppError.validation(fieldErrorsFrom('body', parsed.error));
  const input = { ...parsed.data, workingDays: [...new Set(parsed.data.workingDays)].sort((a, b) => a - b) };

  const mine = await deps.champions.find(actor.personId);
  if (!mine?.status) throw new AppError('not-found', NOT_A_CHAMPION);
  if (!EDITABLE.has(mine.status)) {
    throw new AppError('conflict', 'You are not a Digital Champion at the moment, so there is no profile to change. You can volunteer again.');
  }

  const places = await deps.champions.placesExist({ siteId: input.siteId, serviceId: input.serviceId });
  const errors: FieldError[] = [];
  if (input.siteId && !places.site) errors.push({ field: 'body.siteId', message: 'is not a site in the council’s directory' });
  if (input.serviceId && !places.service) errors.push({ field: 'body.serviceId', message: 'is not a service in the council’s directory' });
  if (errors.length > 0) throw AppError.validation(errors);

  await deps.champions.saveProfile(actor.personId, input, deps.clock.now());
  const saved = await deps.champions.find(actor.personId);
  return profileOf(deps, saved!);
}

/** The sites and services a champion can choose from (anyone signed in may ask: the directory's names are not private). */
export function getProfileChoices(deps: Pick<ChampionDeps, 'champions'>): Promise<ChampionProfileChoices> {
  return deps.champions.places();
}
