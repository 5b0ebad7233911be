import {
  TableCell,
  TableHeaderCell,
  makeStyles,
  mergeClasses,
  tokens,
  type TableCellProps,
  type TableHeaderCellProps,
} from '@fluentui/react-components';

/** Fluent's table rows are sized for one line of text; ours wrap, so cells get room above and below. */
const useStyles = makeStyles({
  head: { fontWeight: tokens.fontWeightSemibold, verticalAlign: 'bottom' },
  cell: {
    height: 'auto',
    paddingTop: tokens.spacingVerticalMNudge,
    paddingBottom: tokens.spacingVerticalMNudge,
    verticalAlign: 'top',
  },
});

export function HeadCell({ className, ...props }: TableHeaderCellProps) {
  const styles = useStyles();
  return <TableHeaderCell {...props} className={mergeClasses(styles.head, className)} />;
}

export function Cell({ className, ...props }: TableCellProps) {
  const styles = useStyles();
  return <TableCell {...props} className={mergeClasses(styles.cell, className)} />;
}
