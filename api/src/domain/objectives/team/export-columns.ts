import {
  OBJECTIVE_KIND_LABELS,
  OBJECTIVE_OUTCOME_LABELS,
  OBJECTIVE_STATUS_LABELS,
} from '../../../contracts/objectives.js';
import { OBJECTIVES_EXPORT_COLUMNS } from '../../../contracts/team-objectives.js';
import type { ExportColumn } from '../../shared/export-table.js';
import type { ExportRecord } from './team-objective-repository.js';

type Heading = (typeof OBJECTIVES_EXPORT_COLUMNS)[number];

type Column = Omit<ExportColumn<ExportRecord>, 'heading'>;

const text = (width: number, value: (row: ExportRecord) => string | null): Column => ({ width, kind: 'text', value });
const date = (width: number, value: (row: ExportRecord) => string | null): Column => ({ width, kind: 'date', value });

/** Widths in characters. Every heading has its column: the compiler refuses a heading added to the contract without one. */
const COLUMNS: Record<Heading, Column> = {
  Person: text(26, (row) => row.person),
  Email: text(34, (row) => row.email),
  'Job title': text(28, (row) => row.jobTitle),
  'Line manager': text(26, (row) => row.manager),
  Service: text(28, (row) => row.service),
  Kind: text(40, (row) => OBJECTIVE_KIND_LABELS[row.kind]),
  Title: text(48, (row) => row.title),
  'Success measure': text(60, (row) => row.successMeasure),
  Status: text(24, (row) => OBJECTIVE_STATUS_LABELS[row.status]),
  'Target date': date(14, (row) => row.targetDate),
  'Proposed on': date(14, (row) => row.proposedOn),
  'Agreed on': date(14, (row) => row.agreedOn),
  'Agreed by': text(26, (row) => row.agreedBy),
  'Progress (%)': { width: 13, kind: 'number', value: (row) => row.progress },
  'Last check-in': date(14, (row) => row.lastCheckInOn),
  Outcome: text(18, (row) => (row.outcome ? OBJECTIVE_OUTCOME_LABELS[row.outcome] : null)),
  'Outcome comment': text(60, (row) => row.outcomeComment),
};

/** The export's columns, in the contract's order. */
export const EXPORT_COLUMNS: readonly ExportColumn<ExportRecord>[] = OBJECTIVES_EXPORT_COLUMNS.map((heading) => ({ heading, ...COLUMNS[heading] }));
