import {
  OBJECTIVE_KIND_LABELS,
  OBJECTIVE_OUTCOME_LABELS,
  OBJECTIVE_STATUS_LABELS,
} from '../../../contracts/objectives.js';
import { OBJECTIVES_EXPORT_COLUMNS } from '../../../contracts/team-objectives.js';
import type { ExportRecord } from './team-objective-repository.js';

type Heading = (typeof OBJECTIVES_EXPORT_COLUMNS)[number];

/** What a column holds: text, a whole number, or a council date ('YYYY-MM-DD'), which a spreadsheet shows as a real date. */
export interface ExportColumn {
  heading: Heading;
  /** In characters, for the spreadsheet. */
  width: number;
  kind: 'text' | 'number' | 'date';
  value(row: ExportRecord): string | number | null;
}

type Column = Omit<ExportColumn, 'heading'>;

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

export const EXPORT_COLUMNS: readonly ExportColumn[] = OBJECTIVES_EXPORT_COLUMNS.map((heading) => ({ heading, ...COLUMNS[heading] }));
