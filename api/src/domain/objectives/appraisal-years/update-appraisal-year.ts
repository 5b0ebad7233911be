import type { AppraisalYear, AppraisalYearStatus, UpdateAppraisalYearBody } from '../../../contracts/objectives.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { ObjectiveDeps } from '../objective-deps.js';
import { requireYearKeeper, savedYear, yearNotFound } from './appraisal-year-access.js';
import { isWithinYear, ukDate } from './appraisal-year-dates.js';

/** planned → open → closed; a closed year can be opened again (to correct an outcome, say). */
const STATUS_MOVES: Readonly<Record<AppraisalYearStatus, readonly AppraisalYearStatus[]>> = {
  planned: ['open'],
  open: ['closed'],
  closed: ['open'],
};

const STATUS_WORDS: Record<AppraisalYearStatus, string> = { planned: 'planned', open: 'open', closed: 'closed' };
const WITH_ARTICLE: Record<AppraisalYearStatus, string> = { planned: 'a planned', open: 'an open', closed: 'a closed' };

function refusal(year: AppraisalYear, to: AppraisalYearStatus): AppError {
  const why =
    year.status === 'planned' && to === 'closed'
      ? 'a planned year has to be opened before it can be closed'
      : `${WITH_ARTICLE[year.status]} year cannot become ${STATUS_WORDS[to]}`;
  return new AppError('conflict', `${year.label} is ${STATUS_WORDS[year.status]}: ${why}.`);
}

/** HR changes the agree-by date, or opens, closes or reopens a year. Only one year is open at a time. */
export async function updateAppraisalYear(
  deps: Pick<ObjectiveDeps, 'years' | 'clock'>,
  actor: Actor,
  yearId: string,
  body: UpdateAppraisalYearBody,
): Promise<AppraisalYear> {
  requireYearKeeper(actor, 'change appraisal years');
  const before = await deps.years.find(yearId);
  if (!before) throw yearNotFound();

  if (body.agreeBy !== undefined && !isWithinYear(body.agreeBy, before)) {
    throw AppError.validation([{ field: 'body.agreeBy', message: `must be between ${ukDate(before.startsOn)} and ${ukDate(before.endsOn)}` }]);
  }
  const status = body.status !== undefined && body.status !== before.status ? body.status : undefined;
  if (status !== undefined && !STATUS_MOVES[before.status].includes(status)) throw refusal(before, status);
  if (status === 'open') {
    const open = await deps.years.findOpen();
    if (open && open.id !== yearId) {
      throw new AppError('conflict', `${open.label} is open: close it before opening ${before.label}, so that “this year” is never in doubt.`);
    }
  }
  if (status === undefined && (body.agreeBy === undefined || body.agreeBy === before.agreeBy)) return before;

  const result = await deps.years.update(
    yearId,
    { ...(body.agreeBy !== undefined ? { agreeBy: body.agreeBy } : {}), ...(status !== undefined ? { status } : {}) },
    deps.clock.now(),
    (after) => ({ actorPersonId: actor.personId, action: 'update', resource: 'appraisal-year', details: { before, after } }),
  );
  return savedYear(result, () => deps.years.findOpen(), { opening: before.label });
}
