import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { EXPORT_COLUMNS, type ExportColumn } from './export-columns.js';
import type { ExportRecord } from './team-objective-repository.js';

const UK_DATE_FORMAT = 'dd/mm/yyyy';

/**
 * A council date becomes a spreadsheet date: midnight UTC, which Excel stores as that
 * whole day. Text stays text: a cell written as a string is never run as a formula.
 */
function cellValue(column: ExportColumn, row: ExportRecord): string | number | Date | null {
  const value = column.value(row);
  if (column.kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

/**
 * Streams the export as an Excel workbook into `output` (an HTTP response, say), one row
 * at a time, so a large council never sits in memory as a whole workbook. The bold
 * headings stay in view as one scrolls.
 */
export async function writeObjectivesXlsx(rows: readonly ExportRecord[], output: Writable, sheetName: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Digital Culture Hub';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({
    header: column.heading,
    key: column.heading,
    width: column.width,
    ...(column.kind === 'date' ? { style: { numFmt: UK_DATE_FORMAT } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const row of rows) sheet.addRow(EXPORT_COLUMNS.map((column) => cellValue(column, row))).commit();
  sheet.commit();
  await workbook.commit();
}
