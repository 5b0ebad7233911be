/** One cell of an exported table: text, a whole number, or a council date ('YYYY-MM-DD'). */
export type ExportCell = string | number | null;

/**
 * One column of a table people download: what it is called, how wide a spreadsheet shows
 * it (in characters), and what it holds. A `date` column holds council dates, which a
 * spreadsheet shows as real dates. The domain decides the columns; the HTTP layer writes
 * them as CSV or Excel.
 */
export interface ExportColumn<Row> {
  heading: string;
  width: number;
  kind: 'text' | 'number' | 'date';
  value(row: Row): ExportCell;
}
