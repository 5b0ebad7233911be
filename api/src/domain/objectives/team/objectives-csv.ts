import { EXPORT_COLUMNS } from './export-columns.js';
import type { ExportRecord } from './team-objective-repository.js';

/** Excel reads a file as UTF-8 only when it starts with the byte order mark. */
const BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (OWASP's CSV
 * injection list, tab and carriage return included). People write the titles and
 * comments, so such a cell gets a leading apostrophe and is shown as the text it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csvLine(cells: readonly (string | number | null)[]): string {
  return cells.map((cell) => csvField(neutraliseFormula(cell === null ? '' : String(cell)))).join(',');
}

/** The export as CSV: UTF-8 with a byte order mark, CRLF line ends, dates as YYYY-MM-DD. */
export function objectivesCsv(rows: readonly ExportRecord[]): string {
  const lines = [csvLine(EXPORT_COLUMNS.map((column) => column.heading))];
  for (const row of rows) lines.push(csvLine(EXPORT_COLUMNS.map((column) => column.value(row))));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
