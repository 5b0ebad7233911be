import type { z } from 'zod';
import { SupportSessionInput, type SupportSession } from '../../../contracts/support-log.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, type FieldError } from '../../shared/app-error.js';
import { pathName, plainMessage } from '../../shared/zod-field-errors.js';
import { councilDate } from '../../audit/campaign-window.js';
import type { SupportLogDeps } from './support-log-deps.js';
import { currentCategories, unknownCategoryErrors } from './skill-categories.js';
import { requireChampion, toSupportSessionDto } from './support-session-dto.js';
import { validFields, withoutRepeats } from '../../shared/valid-fields.js';

/** Shape problems in words for the form: a help request is the one kind nobody logs by hand. */
function shapeErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: pathName('body', issue.path),
    message:
      issue.path[0] === 'kind' && issue.input === 'help-request'
        ? 'help requests are logged by themselves when you resolve them'
        : plainMessage(issue),
  }));
}

export interface SupportSessionLink {
  /** The drop-in session this logs (its host logs it once it has ended). */
  dropInId: string;
}

/**
 * A champion logs a session they gave: one-to-one, a drop-in, or helping a resident.
 * Shape, date and skills are checked together, so the form shows every problem at once.
 */
export async function logSupportSession(deps: Omit<SupportLogDeps, 'audit'>, actor: Actor, body: unknown, link?: SupportSessionLink): Promise<SupportSession> {
  requireChampion(actor, 'log support sessions');
  const now = deps.clock.now();
  const categories = await currentCategories(deps.frameworks);
  const parsed = SupportSessionInput.safeParse(body, { reportInput: true });
  const fields = parsed.success ? parsed.data : validFields(SupportSessionInput, body);
  const rules: FieldError[] = [];
  if (fields.happenedOn !== undefined && fields.happenedOn > councilDate(now)) rules.push({ field: 'body.happenedOn', message: 'must be today or earlier' });
  if (fields.categoryKeys !== undefined) rules.push(...unknownCategoryErrors(fields.categoryKeys, categories, 'categoryKeys'));
  if (link && fields.kind !== undefined && fields.kind !== 'drop-in') rules.push({ field: 'body.kind', message: 'must be "drop-in" for a drop-in session' });
  const errors = withoutRepeats(parsed.success ? [] : shapeErrors(parsed.error), rules);
  if (errors.length > 0 || !parsed.success) throw AppError.validation(errors);
  const shaped = parsed.data;

  const created = await deps.supportLog.create({
    championId: actor.personId,
    kind: shaped.kind,
    happenedOn: shaped.happenedOn,
    minutes: shaped.minutes,
    peopleHelped: shaped.peopleHelped,
    categoryKeys: [...new Set(shaped.categoryKeys)],
    note: shaped.note,
    dropInId: link?.dropInId ?? null,
    loggedAt: now,
  });
  if (created.kind === 'drop-in-already-logged') throw new AppError('conflict', 'This drop-in session is already in your support log.');
  const record = await deps.supportLog.find(created.id);
  if (!record) throw new Error(`support session ${created.id} vanished right after it was logged`);
  return toSupportSessionDto(record, actor, categories, now);
}
