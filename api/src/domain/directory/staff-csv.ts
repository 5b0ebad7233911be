import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { REQUIRED_STAFF_CSV_COLUMNS, STAFF_CSV_COLUMNS } from '../../contracts/directory-import.js';
import type { FieldError } from '../shared/app-error.js';

/** One valid line of a staff list. `line` is the file's line number (the header is line 1). */
export interface StaffRow {
  line: number;
  email: string;
  displayName: string;
  jobTitle: string | null;
  service: string;
  site: string | null;
  lineManagerEmail: string | null;
  entraObjectId: string | null;
  status: 'active' | 'leaver';
}

export const MAX_STAFF_ROWS = 50_000;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => (value === '' ? null : value));

const optionalEmail = z
  .string()
  .trim()
  .transform((value) => value.toLowerCase())
  .pipe(z.union([z.literal(''), z.email('must be an e-mail address, like name@council.gov.uk')]))
  .transform((value) => (value === '' ? null : value));

const rowSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'is required')
    .transform((value) => value.toLowerCase())
    .pipe(z.email('must be an e-mail address, like name@council.gov.uk')),
  display_name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  job_title: optionalText(200),
  service: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  site: optionalText(100),
  line_manager_email: optionalEmail,
  entra_object_id: z
    .string()
    .trim()
    .transform((value) => value.toLowerCase())
    .pipe(z.union([z.literal(''), z.uuid('must be a Microsoft Entra object id (a GUID)')]))
    .transform((value) => (value === '' ? null : value)),
  status: z
    .string()
    .trim()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(['', 'active', 'leaver'], 'must be "active" or "leaver"'))
    .transform((value) => (value === '' ? 'active' : value)),
});

export interface ParsedStaffCsv {
  rows: StaffRow[];
  errors: FieldError[];
}

function problem(line: number, column: string, message: string): FieldError {
  return { field: `rows[${line}].${column}`, row: line, column, message };
}

/** Reads a staff list and checks each line on its own; cross-line checks are the plan's. */
export function parseStaffCsv(text: string): ParsedStaffCsv {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns { record, info } pairs; its typings describe only plain records.
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [problem(line, 'file', `The file is not valid CSV: ${(error as Error).message}`)] };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], errors: [{ field: 'file', message: 'The file is empty: it needs a header line and at least one person.' }] };

  const columns = header.record.map((name) => name.trim().toLowerCase());
  const errors: FieldError[] = [];
  for (const name of columns) {
    if (!(STAFF_CSV_COLUMNS as readonly string[]).includes(name)) {
      errors.push(problem(1, name || '(blank)', `is not a column this import knows; the columns are: ${STAFF_CSV_COLUMNS.join(', ')}`));
    }
  }
  for (const name of REQUIRED_STAFF_CSV_COLUMNS) {
    if (!columns.includes(name)) errors.push(problem(1, name, 'column is missing from the header line'));
  }
  if (data.length === 0) errors.push({ field: 'file', message: 'The file has a header line but nobody in it.' });
  if (data.length > MAX_STAFF_ROWS) errors.push({ field: 'file', message: `The file has ${data.length} people; split it into files of at most ${MAX_STAFF_ROWS}.` });
  if (errors.length > 0) return { rows: [], errors };

  const rows: StaffRow[] = [];
  for (const { record, info } of data) {
    const line = info.lines;
    if (record.length !== columns.length) {
      errors.push(problem(line, 'file', `has ${record.length} values but the header has ${columns.length} columns`));
      continue;
    }
    const raw = Object.fromEntries(STAFF_CSV_COLUMNS.map((name) => [name, '']));
    columns.forEach((name, index) => (raw[name] = record[index] ?? ''));
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(problem(line, String(issue.path[0]), issue.message));
      continue;
    }
    const value = parsed.data;
    rows.push({
      line,
      email: value.email,
      displayName: value.display_name,
      jobTitle: value.job_title,
      service: value.service,
      site: value.site,
      lineManagerEmail: value.line_manager_email,
      entraObjectId: value.entra_object_id,
      status: value.status as 'active' | 'leaver',
    });
  }
  return { rows, errors };
}
