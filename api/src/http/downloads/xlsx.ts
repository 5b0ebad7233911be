import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { ExportColumn } from '../../domain/shared/export-table.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const UK_DATE_FORMAT = 'dd/mm/yyyy';

/**
 * A council date becomes a spreadsheet date: midnight UTC, which Excel stores as that
 * whole day. Text stays text: a cell written as a string is never run as a formula.
 */
function cellValue<Row>(column: ExportColumn<Row>, row: Row): string | number | Date | null {
  const value = column.value(row);
  if (column.kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

/** Excel refuses a sheet name with any of \ / ? * [ ] : in it. */
function safeSheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, '-');
}

/**
 * Streams a table as an Excel workbook into `output` (an HTTP response, say), one row at a
 * time, so a large council never sits in memory as a whole workbook. The bold headings
 * stay in view as one scrolls.
 */
export async function writeTableXlsx<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[], output: Writable, sheetName: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Digital Culture Hub';
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.heading,
    key: column.heading,
    width: column.width,
    ...(column.kind === 'date' ? { style: { numFmt: UK_DATE_FORMAT } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const row of rows) sheet.addRow(columns.map((column) => cellValue(column, row))).commit();
  sheet.commit();
  await workbook.commit();
}
