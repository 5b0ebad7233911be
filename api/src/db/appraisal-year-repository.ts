import type { AppraisalYear } from '../contracts/objectives.js';
import type { AppraisalYearRepository, YearWriteResult } from '../domain/objectives/appraisal-years/appraisal-year-repository.js';
import { insertAuditEntry } from './audit-log-repository.js';
import type { Db } from './database.js';
import { violatedUniqueIndex } from './query-helpers.js';
import type { AppraisalYearsTable } from './schema.js';
import type { Selectable } from 'kysely';

const COLUMNS = ['id', 'label', 'starts_on', 'ends_on', 'agree_by', 'status'] as const;

function toYear(row: Pick<Selectable<AppraisalYearsTable>, (typeof COLUMNS)[number]>): AppraisalYear {
  return { id: row.id, label: row.label, startsOn: row.starts_on, endsOn: row.ends_on, agreeBy: row.agree_by, status: row.status };
}

/** The unique indexes decide races between two HR officers; their refusals become results, anything else is rethrown. */
function refusalOf(error: unknown): YearWriteResult {
  const index = violatedUniqueIndex(error);
  if (index === 'appraisal_years_one_open') return { kind: 'another-open' };
  if (index === 'appraisal_years_starts_on_key') return { kind: 'duplicate-start' };
  throw error;
}

/** Appraisal years in PostgreSQL. */
export function createAppraisalYearRepository(db: Db): AppraisalYearRepository {
  return {
    async list() {
      const rows = await db.selectFrom('appraisal_years').select(COLUMNS).orderBy('starts_on', 'desc').execute();
      return rows.map(toYear);
    },

    async find(yearId) {
      const row = await db.selectFrom('appraisal_years').select(COLUMNS).where('id', '=', yearId).executeTakeFirst();
      return row ? toYear(row) : undefined;
    },

    async findOpen() {
      const row = await db.selectFrom('appraisal_years').select(COLUMNS).where('status', '=', 'open').executeTakeFirst();
      return row ? toYear(row) : undefined;
    },

    async create(year, audit) {
      try {
        return await db.transaction().execute(async (tx) => {
          const row = await tx
            .insertInto('appraisal_years')
            .values({
              label: year.label,
              starts_on: year.startsOn,
              ends_on: year.endsOn,
              agree_by: year.agreeBy,
              status: 'planned',
              created_by: year.createdBy,
              created_at: year.at,
              updated_at: year.at,
            })
            .returning(COLUMNS)
            .executeTakeFirstOrThrow();
          const saved = toYear(row);
          await insertAuditEntry(tx, audit(saved));
          return { kind: 'saved', year: saved } as const;
        });
      } catch (error) {
        return refusalOf(error);
      }
    },

    async update(yearId, changes, at, audit) {
      try {
        return await db.transaction().execute(async (tx) => {
          const row = await tx
            .updateTable('appraisal_years')
            .set({
              ...(changes.agreeBy !== undefined ? { agree_by: changes.agreeBy } : {}),
              ...(changes.status !== undefined ? { status: changes.status } : {}),
              updated_at: at,
            })
            .where('id', '=', yearId)
            .returning(COLUMNS)
            .executeTakeFirst();
          if (!row) return { kind: 'not-found' } as const;
          const saved = toYear(row);
          await insertAuditEntry(tx, audit(saved));
          return { kind: 'saved', year: saved } as const;
        });
      } catch (error) {
        return refusalOf(error);
      }
    },
  };
}
