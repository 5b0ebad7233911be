import {
  Table,
  TableBody,
  TableHeader,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { FieldProblem } from '../../../../api/src/contracts/common';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';

const useStyles = makeStyles({
  summary: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorStatusDangerBorder2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThick,
    },
  },
  // A table where there is room; on a phone the same problems as a list, so nothing scrolls sideways.
  wide: { '@media (max-width: 639px)': { display: 'none' } },
  narrow: {
    margin: '0',
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    '@media (min-width: 640px)': { display: 'none' },
  },
  table: { minWidth: '480px' },
  row: { width: '6rem' },
  column: { width: '12rem' },
  columnName: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

/**
 * GOV.UK-style error summary for a rejected file: it takes focus so the problem is the
 * first thing read out, and lists every problem so the whole file can be fixed in one go.
 */
export function ImportErrorSummary({ detail, problems }: { detail: string; problems: FieldProblem[] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [problems]);

  return (
    <div ref={ref} tabIndex={-1} aria-labelledby="import-problems-heading" role="group" className={styles.summary}>
      <h2 id="import-problems-heading" className={shared.sectionHeading}>
        There is a problem with your file
      </h2>
      <p className={shared.paragraph}>{detail}</p>
      <p className={shared.paragraph}>
        Fix {problems.length === 1 ? 'it' : 'them'} in your spreadsheet, save it as a CSV file again, then choose the
        file and check it again. The row numbers count the heading row as row 1, as Excel does.
      </p>
      {problems.length > 0 ? (
        <ul className={styles.narrow} aria-label="Problems in the file">
          {problems.map((problem, index) => (
            <li key={`${problem.field}-${index}`}>
              <strong>{problem.row === undefined ? 'Whole file' : `Row ${problem.row}`}</strong>
              {problem.column ? (
                <>
                  , column <span className={styles.columnName}>{problem.column}</span>
                </>
              ) : null}
              : {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
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
    </div>
  );
}
