import {
  Card,
  Table,
  TableBody,
  TableHeader,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AuditEntry } from '../../../api/src/contracts/platform';
import { useApi } from '../api/api-context';
import { usePagedQuery } from '../api/use-paged-query';
import { ErrorState } from '../components/ErrorState';
import { formatDateTime } from '../components/format';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { Pager } from '../components/Pager';
import { ScrollRegion } from '../components/ScrollRegion';
import { useSharedStyles } from '../components/shared-styles';
import { Cell, HeadCell } from '../components/table-cells';

const useStyles = makeStyles({
  table: { minWidth: '760px' },
  when: { width: '11rem' },
  details: { margin: '0', padding: '0', listStyleType: 'none', fontSize: tokens.fontSizeBase200 },
  detailKey: { color: tokens.colorNeutralForeground2 },
  wrap: { overflowWrap: 'anywhere' },
});

function detailValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function Details({ details }: { details: AuditEntry['details'] }) {
  const styles = useStyles();
  const entries = Object.entries(details);
  if (entries.length === 0) return <span className={styles.detailKey}>None</span>;
  return (
    <ul className={styles.details}>
      {entries.map(([key, value]) => (
        <li key={key} className={styles.wrap}>
          <span className={styles.detailKey}>{key}: </span>
          {detailValue(value)}
        </li>
      ))}
    </ul>
  );
}

/** Who read or changed what: the record UK GDPR asks the council to keep. */
export function AuditLogPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const { query, offset, limit, setOffset } = usePagedQuery((page, signal) => api.getAuditLog(page, signal));

  return (
    <>
      <PageHeading
        title="Audit log"
        lead="Every time someone looks at another person’s record, exports data or changes a setting, the hub notes it here. Newest first."
      />
      {query.status === 'error' ? (
        <ErrorState title="We could not load the audit log" error={query.error} onRetry={query.reload} />
      ) : null}
      {query.data === undefined ? (
        query.status === 'loading' ? <LoadingState label="Loading the audit log…" /> : null
      ) : (
        <Card className={shared.card}>
          {query.data.total === 0 ? (
            <p className={shared.paragraph}>Nothing has been recorded yet.</p>
          ) : (
            <>
              <ScrollRegion label="Audit log entries">
                <Table className={styles.table} aria-label="Audit log">
                  <TableHeader>
                    <TableRow>
                      <HeadCell className={styles.when}>When</HeadCell>
                      <HeadCell>Who</HeadCell>
                      <HeadCell>Action</HeadCell>
                      <HeadCell>Record</HeadCell>
                      <HeadCell>About</HeadCell>
                      <HeadCell>Details</HeadCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {query.data.items.map((entry) => (
                      <TableRow key={entry.id}>
                        <Cell>
                          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                        </Cell>
                        <Cell>{entry.actor?.displayName ?? 'The hub itself'}</Cell>
                        <Cell className={styles.wrap}>{entry.action}</Cell>
                        <Cell className={styles.wrap}>{entry.resource}</Cell>
                        <Cell>{entry.subject?.displayName ?? '–'}</Cell>
                        <Cell>
                          <Details details={entry.details} />
                        </Cell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </ScrollRegion>
              <Pager
                label="Audit log pages"
                offset={offset}
                limit={limit}
                shown={query.data.items.length}
                total={query.data.total}
                busy={query.status === 'loading'}
                onChange={setOffset}
              />
            </>
          )}
        </Card>
      )}
    </>
  );
}
