import { Card, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { MatchRun, MatchStatus } from '../../../../api/src/contracts/matching';
import { DataTable } from '../../components/DataTable';
import { formatDateTime, plural } from '../../components/format';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';

const useStyles = makeStyles({
  table: { minWidth: '720px', tableLayout: 'auto' },
  name: { fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

const STATUS_LABELS: Record<MatchStatus, string> = { active: 'Active', declined: 'Declined', ended: 'Ended' };

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A run's summary, who was matched with whom and why, and who was left waiting and why. */
export function MatchRunTables({ run }: { run: MatchRun }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <>
      <Card className={shared.card}>
        <section aria-labelledby="run-heading" className={shared.section}>
          <h2 id="run-heading" className={shared.sectionHeading}>
            Latest run
          </h2>
          <p className={shared.paragraph}>
            Run on <time dateTime={run.runAt}>{formatDateTime(run.runAt)}</time>
            {run.runBy ? ` by ${run.runBy.displayName}` : ''}: {plural(run.matchedCount, 'learner')} matched,{' '}
            {plural(run.unmatched.length, 'learner')} left waiting. Total score {run.totalScore.toFixed(2)}.
          </p>
        </section>
      </Card>

      <Card className={shared.card}>
        <section aria-labelledby="matched-heading" className={shared.section}>
          <h2 id="matched-heading" className={shared.sectionHeading}>
            Matched
          </h2>
          {run.matches.length === 0 ? (
            <p className={shared.paragraph}>Nobody was matched in this run.</p>
          ) : (
            <DataTable
              label="Learners matched with a champion"
              className={styles.table}
              head={
                <>
                  <HeadCell>Learner</HeadCell>
                  <HeadCell>Champion</HeadCell>
                  <HeadCell>Why</HeadCell>
                  <HeadCell className={styles.number}>Score</HeadCell>
                  <HeadCell>Status</HeadCell>
                </>
              }
            >
              {run.matches.map((match) => (
                <TableRow key={match.id}>
                  <Cell>
                    <span className={styles.name}>{match.learner.displayName}</span>
                  </Cell>
                  <Cell>{match.champion.displayName}</Cell>
                  <Cell>{sentence(match.explanation)}</Cell>
                  <Cell className={styles.number}>{match.score.toFixed(2)}</Cell>
                  <Cell>
                    {STATUS_LABELS[match.status]}
                    {match.declinedBy ? ` by ${match.declinedBy.displayName}` : ''}
                  </Cell>
                </TableRow>
              ))}
            </DataTable>
          )}
        </section>
      </Card>

      <Card className={shared.card}>
        <section aria-labelledby="unmatched-heading" className={shared.section}>
          <h2 id="unmatched-heading" className={shared.sectionHeading}>
            Not matched
          </h2>
          {run.unmatched.length === 0 ? (
            <p className={shared.paragraph}>Everyone waiting was matched.</p>
          ) : (
            <DataTable
              label="Learners not matched, with the reason"
              className={styles.table}
              head={
                <>
                  <HeadCell>Learner</HeadCell>
                  <HeadCell>Reason</HeadCell>
                </>
              }
            >
              {run.unmatched.map((entry) => (
                <TableRow key={entry.person.id}>
                  <Cell>
                    <span className={styles.name}>{entry.person.displayName}</span>
                  </Cell>
                  <Cell>{sentence(entry.reasonText)}</Cell>
                </TableRow>
              ))}
            </DataTable>
          )}
        </section>
      </Card>
    </>
  );
}
