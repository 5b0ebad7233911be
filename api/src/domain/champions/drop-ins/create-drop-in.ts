import { DropInInput, type DropIn } from '../../../contracts/drop-ins.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, type FieldError } from '../../shared/app-error.js';
import { fieldErrorsFrom } from '../../shared/zod-field-errors.js';
import { currentCategories, unknownCategoryErrors } from '../support-log/skill-categories.js';
import { validFields, withoutRepeats } from '../../shared/valid-fields.js';
import { requireChampion } from '../support-log/support-session-dto.js';
import type { DropInDeps } from './drop-in-deps.js';
import { requireDropIn, toDropInDto } from './drop-in-dto.js';
import { needsOnlineMeeting, placeErrors, timeErrors } from './drop-in-rules.js';

export const MEETING_ACTION = 'Teams meeting for a drop-in session';

async function checkInput(deps: DropInDeps, body: unknown, now: Date): Promise<DropInInput> {
  const parsed = DropInInput.safeParse(body, { reportInput: true });
  const fields = parsed.success ? parsed.data : validFields(DropInInput, body);
  const [categories, sites] = await Promise.all([currentCategories(deps.frameworks), deps.dropIns.sites()]);
  const rules: FieldError[] = [];
  if (fields.startsAt !== undefined && fields.endsAt !== undefined) {
    rules.push(...timeErrors({ startsAt: new Date(fields.startsAt), endsAt: new Date(fields.endsAt) }, now));
  }
  if (fields.format !== undefined) rules.push(...placeErrors({ format: fields.format, siteId: fields.siteId ?? null, place: fields.place ?? '' }));
  if (fields.categoryKeys !== undefined) rules.push(...unknownCategoryErrors(fields.categoryKeys, categories, 'categoryKeys'));
  if (fields.format === 'in-person' && fields.siteId && !sites.some((site) => site.id === fields.siteId)) {
    rules.push({ field: 'body.siteId', message: 'is not a site in the directory' });
  }
  const errors = withoutRepeats(parsed.success ? [] : fieldErrorsFrom('body', parsed.error), rules);
  if (errors.length > 0 || !parsed.success) throw AppError.validation(errors);
  return { ...parsed.data, categoryKeys: [...new Set(parsed.data.categoryKeys)] };
}

/** The host organises the Teams meeting, so it shows in their calendar and they can let people in. */
async function organiserOf(deps: DropInDeps, actor: Actor, input: DropInInput): Promise<string> {
  const facts = await deps.dropIns.personFacts(actor.personId);
  if (facts?.entraObjectId) return facts.entraObjectId;
  throw AppError.validation([
    {
      field: input.format === 'online' ? 'body.format' : 'body.alsoOnline',
      message:
        'cannot have a Teams meeting yet: your account in the hub is not linked to your Microsoft 365 account, so a meeting cannot be organised in your name. ' +
        'Run it in person without a meeting, or ask the digital team to link your account.',
    },
  ]);
}

/**
 * A champion puts on a drop-in. With a Teams meeting (online, or in person "also online"),
 * the meeting is created first: a session is never saved pointing at a meeting that failed.
 */
export async function createDropIn(deps: DropInDeps, actor: Actor, body: unknown): Promise<DropIn> {
  requireChampion(actor, 'put on drop-in sessions');
  const now = deps.clock.now();
  const input = await checkInput(deps, body, now);
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const inPerson = input.format === 'in-person';

  let meeting: { id: string; joinUrl: string } | null = null;
  if (needsOnlineMeeting(input)) {
    const organizerEntraObjectId = await organiserOf(deps, actor, input);
    meeting = await deps.microsoft365.createOnlineMeeting(MEETING_ACTION, { organizerEntraObjectId, subject: input.title, start: startsAt, end: endsAt });
  }

  const id = await deps.dropIns.create({
    hostId: actor.personId,
    title: input.title,
    description: input.description,
    startsAt,
    endsAt,
    format: input.format,
    siteId: inPerson ? input.siteId : null,
    place: inPerson ? input.place : '',
    capacity: input.capacity,
    categoryKeys: input.categoryKeys,
    meeting,
    createdAt: now,
  });
  const [record, categories] = await Promise.all([requireDropIn(deps, id, actor), currentCategories(deps.frameworks)]);
  return toDropInDto(record, actor, categories, now);
}
