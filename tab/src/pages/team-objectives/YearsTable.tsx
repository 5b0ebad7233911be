import { Button, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { AppraisalYear } from '../../../../api/src/contracts/objectives';
import { DataTable } from '../../components/DataTable';
import { formatLongDate } from '../../components/format';
import { StatusBadge } from '../../components/StatusBadge';
import { Cell, HeadCell } from '../../components/table-cells';
import { YEAR_STATUS_LABELS, nextMove } from './year-format';

const useStyles = makeStyles({
  table: { minWidth: '640px', tableLayout: 'auto' },
  label: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const YEAR_STATUS_COLOURS = { planned: 'informative', open: 'success', closed: 'subtle' } as const;

/** The council's appraisal years, newest first, each with what HR can do with it now. */
export function YearsTable({
  years,
  busy,
  onMove,
  onChangeAgreeBy,
}: {
  years: readonly AppraisalYear[];
  busy: boolean;
  onMove: (year: AppraisalYear) => void;
  onChangeAgreeBy: (year: AppraisalYear) => void;
}) {
  const styles = useStyles();
  return (
    <DataTable
      label="Appraisal years"
      className={styles.table}
      head={
        <>
          <HeadCell>Year</HeadCell>
          <HeadCell>Runs</HeadCell>
          <HeadCell>Objectives agreed by</HeadCell>
          <HeadCell>Status</HeadCell>
          <HeadCell>Actions</HeadCell>
        </>
      }
    >
      {years.map((year) => (
        <TableRow key={year.id}>
          <Cell className={styles.label}>{year.label}</Cell>
          <Cell>{`${formatLongDate(year.startsOn)} to ${formatLongDate(year.endsOn)}`}</Cell>
          <Cell>{formatLongDate(year.agreeBy)}</Cell>
          <Cell>
            <StatusBadge status={year.status} labels={YEAR_STATUS_LABELS} colours={YEAR_STATUS_COLOURS} />
          </Cell>
          <Cell>
            <span className={styles.actions}>
              <Button size="small" disabledFocusable={busy} onClick={() => onMove(year)}>
                {`${nextMove(year).verb} ${year.label}`}
              </Button>
              {year.status === 'closed' ? null : (
                <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={() => onChangeAgreeBy(year)}>
                  {`Change the agree-by date for ${year.label}`}
                </Button>
              )}
            </span>
          </Cell>
        </TableRow>
      ))}
    </DataTable>
  );
}
