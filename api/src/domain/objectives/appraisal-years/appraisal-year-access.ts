import { requireAnyRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { YearWriteResult } from './appraisal-year-repository.js';
import type { AppraisalYear } from '../../../contracts/objectives.js';

/** HR looks after the appraisal calendar. */
export function requireYearKeeper(actor: Actor, action: string): void {
  requireAnyRole(actor, ['hr'], action);
}

export function yearNotFound(): AppError {
  return AppError.notFound('That appraisal year');
}

/** Turns what the database refused into the answer people see. */
export async function savedYear(
  result: YearWriteResult,
  openYear: () => Promise<AppraisalYear | undefined>,
  context: { startsOn?: string; opening?: string } = {},
): Promise<AppraisalYear> {
  switch (result.kind) {
    case 'saved':
      return result.year;
    case 'not-found':
      throw yearNotFound();
    case 'duplicate-start':
      throw new AppError('conflict', `There is already an appraisal year starting on ${context.startsOn ?? 'that date'}.`);
    case 'another-open': {
      const open = await openYear();
      throw new AppError(
        'conflict',
        `${open ? `${open.label} is open` : 'Another year is open'}: close it before opening ${context.opening ?? 'another'}, so that “this year” is never in doubt.`,
      );
    }
  }
}
