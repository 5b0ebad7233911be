import type { AppraisalYear, MyObjectives } from '../../contracts/objectives.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { ObjectiveDeps } from './objective-deps.js';
import { frameworkTerms, toObjectiveDto } from './objective-dto.js';

const OWNER = { owner: true, manager: false } as const;

/** The year a page shows unless asked for another: the open one, else the latest that has begun, else the latest. */
function defaultYear(years: readonly AppraisalYear[]): AppraisalYear | undefined {
  return years.find((year) => year.status === 'open') ?? years.find((year) => year.status === 'closed') ?? years[0];
}

/** "My digital objectives": mine in one year, with every year to choose from (newest first). */
export async function listMyObjectives(deps: ObjectiveDeps, actor: Actor, query: { yearId?: string | undefined }): Promise<MyObjectives> {
  const years = await deps.years.list();
  const year = query.yearId !== undefined ? years.find((candidate) => candidate.id === query.yearId) : defaultYear(years);
  if (query.yearId !== undefined && !year) throw AppError.notFound('That appraisal year');
  const refs = years.map((candidate) => ({ id: candidate.id, label: candidate.label, status: candidate.status }));
  if (!year) return { year: null, years: refs, items: [] };
  const [records, terms, settings] = await Promise.all([
    deps.objectives.listForPerson(actor.personId, year.id),
    frameworkTerms(deps.frameworks),
    deps.settings.get(),
  ]);
  return { year, years: refs, items: records.map((record) => toObjectiveDto(record, OWNER, terms, settings)) };
}
