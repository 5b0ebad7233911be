import {
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
import { formatDateTime } from '../components/format';
import { PagedListCard } from '../components/PagedListCard';
import { PageHeading } from '../components/PageHeading';
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
  const api = useApi();
  const paged = usePagedQuery((page, signal) => api.getAuditLog(page, signal));

  return (
    <>
      <PageHeading
        title="Audit log"
        lead="Every time someone looks at another person’s record, exports data or changes a setting, the hub notes it here. Newest first."
      />
      <PagedListCard paged={paged} noun="audit log" empty="Nothing has been recorded yet.">
        {(items) => (
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
              {items.map((entry) => (
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
        )}
      </PagedListCard>
    </>
  );
}
