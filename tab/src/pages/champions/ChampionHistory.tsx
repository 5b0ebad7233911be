import { Card, TableRow, makeStyles } from '@fluentui/react-components';
import type { ChampionProfile } from '../../../../api/src/contracts/champions';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../components/format';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { statusLabel } from './champion-format';

const useStyles = makeStyles({
  table: { minWidth: '640px' },
});

/** Every change of the champion's status: when, what, who made it and why. */
export function ChampionHistory({ profile }: { profile: ChampionProfile }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="champion-history" className={shared.section}>
        <h2 id="champion-history" className={shared.sectionHeading}>
          Your history as a champion
        </h2>
        <DataTable
          label="Champion history"
          className={styles.table}
          head={
            <>
              <HeadCell>When</HeadCell>
              <HeadCell>Change</HeadCell>
              <HeadCell>Made by</HeadCell>
              <HeadCell>Note</HeadCell>
            </>
          }
        >
          {[...profile.history].reverse().map((event) => (
            <TableRow key={`${event.at}-${event.toStatus}`}>
              <Cell>
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </Cell>
              <Cell>{event.fromStatus ? `${statusLabel(event.fromStatus)} → ${statusLabel(event.toStatus)}` : statusLabel(event.toStatus)}</Cell>
              <Cell>{event.by ? (event.by.id === profile.person.id ? 'You' : event.by.displayName) : 'Not recorded'}</Cell>
              <Cell>{event.note ?? '–'}</Cell>
            </TableRow>
          ))}
        </DataTable>
      </section>
    </Card>
  );
}
