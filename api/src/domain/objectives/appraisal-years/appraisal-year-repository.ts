import type { AppraisalYear, AppraisalYearStatus } from '../../../contracts/objectives.js';
import type { AuditEntryOf } from '../../shared/audit-log.js';

/** Where appraisal years are kept (api/src/db/appraisal-year-repository.ts). */

export interface NewAppraisalYear {
  label: string;
  startsOn: string;
  endsOn: string;
  agreeBy: string;
  createdBy: string;
  at: Date;
}

/**
 * What the database refused. `starts-on`: a year already starts that day; `one-open`:
 * another year is open (the unique index decides when two HR officers open years at once).
 */
export type YearWriteResult = { kind: 'saved'; year: AppraisalYear } | { kind: 'duplicate-start' } | { kind: 'another-open' } | { kind: 'not-found' };

export interface AppraisalYearRepository {
  /** Every year, newest first. */
  list(): Promise<AppraisalYear[]>;
  find(yearId: string): Promise<AppraisalYear | undefined>;
  findOpen(): Promise<AppraisalYear | undefined>;
  /** Each write saves the year and its audit entry in one transaction, or neither. */
  create(year: NewAppraisalYear, audit: AuditEntryOf<AppraisalYear>): Promise<YearWriteResult>;
  update(yearId: string, changes: { agreeBy?: string; status?: AppraisalYearStatus }, at: Date, audit: AuditEntryOf<AppraisalYear>): Promise<YearWriteResult>;
}
