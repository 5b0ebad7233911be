import { Card, TableRow, makeStyles } from '@fluentui/react-components';
import type { ChampionCoverage } from '../../../../api/src/contracts/champion-dashboards';
import { DataTable } from '../../components/DataTable';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';

const useStyles = makeStyles({
  table: { minWidth: '640px' },
});

/** "1 for every 25 staff", or that there is none: the ratio read the way people say it. */
function ratioText(row: ChampionCoverage): string {
  return row.staffPerChampion === null ? 'No active champion' : `1 for every ${Math.round(row.staffPerChampion)} staff`;
}

/** Active staff and champions in each service or site, with how many staff each champion has. */
export function CoverageTable({ id, heading, placeLabel, rows }: { id: string; heading: string; placeLabel: string; rows: ChampionCoverage[] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby={id} className={shared.section}>
        <h2 id={id} className={shared.sectionHeading}>
          {heading}
        </h2>
        {rows.length === 0 ? (
          <p className={shared.paragraph}>There is nobody in the directory yet.</p>
        ) : (
          <DataTable
            label={heading}
            className={styles.table}
            head={
              <>
                <HeadCell>{placeLabel}</HeadCell>
                <HeadCell>Staff</HeadCell>
                <HeadCell>Active champions</HeadCell>
                <HeadCell>Paused champions</HeadCell>
                <HeadCell>Champions against staff</HeadCell>
              </>
            }
          >
            {rows.map((row) => (
              <TableRow key={row.id ?? 'none'}>
                <Cell>{row.name}</Cell>
                <Cell>{row.staff}</Cell>
                <Cell>{row.champions}</Cell>
                <Cell>{row.pausedChampions}</Cell>
                <Cell>{ratioText(row)}</Cell>
              </TableRow>
            ))}
          </DataTable>
        )}
      </section>
    </Card>
  );
}
