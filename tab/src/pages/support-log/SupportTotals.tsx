import { Card, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { SUPPORT_SESSION_KIND_LABELS, type SupportLogTotals } from '../../../../api/src/contracts/support-log';
import { DataTable } from '../../components/DataTable';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { durationText } from './uk-time';

const useStyles = makeStyles({
  figures: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL, margin: '0' },
  figure: { display: 'flex', flexDirection: 'column-reverse', margin: '0' },
  label: { color: tokens.colorNeutralForeground2, margin: '0' },
  value: { margin: '0', fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
});

/** The whole log in three figures, then the same by kind of session. */
export function SupportTotals({ totals }: { totals: SupportLogTotals }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="totals-heading" className={shared.section}>
        <h2 id="totals-heading" className={shared.sectionHeading}>
          Your totals
        </h2>
        <dl className={styles.figures}>
          <div className={styles.figure}>
            <dt className={styles.label}>Sessions</dt>
            <dd className={styles.value}>{totals.sessions}</dd>
          </div>
          <div className={styles.figure}>
            <dt className={styles.label}>Time spent helping</dt>
            <dd className={styles.value}>{durationText(totals.minutes)}</dd>
          </div>
          <div className={styles.figure}>
            <dt className={styles.label}>People helped</dt>
            <dd className={styles.value}>{totals.peopleHelped}</dd>
          </div>
        </dl>
        <DataTable
          label="Totals by kind of session"
          head={
            <>
              <HeadCell>Kind of session</HeadCell>
              <HeadCell>Sessions</HeadCell>
              <HeadCell>Time</HeadCell>
              <HeadCell>People helped</HeadCell>
            </>
          }
        >
          {totals.byKind.map((kind) => (
            <TableRow key={kind.kind}>
              <Cell>{SUPPORT_SESSION_KIND_LABELS[kind.kind]}</Cell>
              <Cell>{kind.sessions}</Cell>
              <Cell>{durationText(kind.minutes)}</Cell>
              <Cell>{kind.peopleHelped}</Cell>
            </TableRow>
          ))}
        </DataTable>
      </section>
    </Card>
  );
}
