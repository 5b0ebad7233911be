import { Table, TableBody, TableHeader, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { FieldProblem } from '../../../../api/src/contracts/common';
import { ProblemSummary } from '../../components/ProblemSummary';
import { ScrollRegion } from '../../components/ScrollRegion';
import { Cell, HeadCell } from '../../components/table-cells';

const useStyles = makeStyles({
  // A table where there is room; on a phone the same problems as a list, so nothing scrolls sideways.
  wide: { '@media (max-width: 639px)': { display: 'none' } },
  narrow: { '@media (min-width: 640px)': { display: 'none' } },
  table: { minWidth: '480px' },
  row: { width: '6rem' },
  column: { width: '12rem' },
  columnName: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

/**
 * The error summary for a rejected file, with each problem's row and column: a list on
 * a phone and a table where there is room, so the whole file can be fixed in one go.
 */
export function ImportErrorSummary({ detail, problems }: { detail: string; problems: FieldProblem[] }) {
  const styles = useStyles();

  return (
    <ProblemSummary
      headingId="import-problems-heading"
     
      detail={detail}
      advice={`Fix ${problems.length === 1 ? 'it' : 'them'} in your spreadsheet, save it as a CSV file again, then choose the file and check it again. The row numbers count the heading row as row 1, as Excel does.`}
      focusKey={problems}
      listLabel="Problems in the file"
      listClassName={styles.narrow}
      items={problems.map((problem, index) => ({
        key: `${problem.field}-${index}`,
        text: (
          <>
            <strong>{problem.row === undefined ? 'Whole file' : `Row ${problem.row}`}</strong>
            {problem.column ? (
              <>
                , column <span className={styles.columnName}>{problem.column}</span>
              </>
            ) : null}
            : {problem.message}
          </>
        ),
      }))}
    >
      {problems.length > 0 ? (
        <ScrollRegion label="Problems in the file" className={styles.wide}>
          <Table className={styles.table} aria-label="Problems in the file">
            <TableHeader>
              <TableRow>
                <HeadCell className={styles.row}>Row</HeadCell>
                <HeadCell className={styles.column}>Column</HeadCell>
                <HeadCell>Problem</HeadCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {problems.map((problem, index) => (
                <TableRow key={`${problem.field}-${index}`}>
                  <Cell>{problem.row ?? 'Whole file'}</Cell>
                  <Cell className={styles.columnName}>{problem.column ?? '–'}</Cell>
                  <Cell>{problem.message}</Cell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      ) : null}
    </ProblemSummary>
  );
}
