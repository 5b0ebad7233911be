import type { ExportCell, ExportColumn } from '../../domain/shared/export-table.js';

export const CSV_TYPE = 'text/csv; charset=utf-8';

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

function csvLine(cells: readonly ExportCell[]): string {
  return cells.map((cell) => csvField(neutraliseFormula(cell === null ? '' : String(cell)))).join(',');
}

/** A table as CSV: a heading line, then one line per row; UTF-8 with a byte order mark, CRLF line ends, dates as YYYY-MM-DD. */
export function tableCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const lines = [csvLine(columns.map((column) => column.heading))];
  for (const row of rows) lines.push(csvLine(columns.map((column) => column.value(row))));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
