import {
  Button,
  Table,
  TableBody,
  TableHeader,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { Fragment, useState } from 'react';
import type { OutboxMessage } from '../../../api/src/contracts/platform';
import { useApi } from '../api/api-context';
import { usePagedQuery } from '../api/use-paged-query';
import { formatDateTime } from '../components/format';
import { PagedListCard } from '../components/PagedListCard';
import { useSharedStyles } from '../components/shared-styles';
import { PageHeading } from '../components/PageHeading';
import { Cell, HeadCell } from '../components/table-cells';

const useStyles = makeStyles({
  table: { minWidth: '680px' },
  when: { width: '11rem' },
  method: { width: '6rem' },
  body: { width: '9rem' },
  methodName: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  bodyCell: { paddingBlock: tokens.spacingVerticalS },
  pre: {
    margin: '0',
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    // Wrapping rather than scrolling keeps every line readable without a second scroll bar.
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return 'No body was sent with this call.';
  return typeof body === 'string' ? body : JSON.stringify(body, null, 2);
}

function OutboxRow({ message }: { message: OutboxMessage }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [open, setOpen] = useState(false);
  const bodyId = `outbox-body-${message.id}`;
  return (
    <Fragment>
      <TableRow>
        <Cell>
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
        </Cell>
        <Cell>{message.action}</Cell>
        <Cell className={styles.methodName}>{message.method}</Cell>
        <Cell className={styles.path}>{message.path}</Cell>
        <Cell>
          <Button
            size="small"
            appearance="subtle"
            icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={open}
            aria-controls={open ? bodyId : undefined}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? 'Hide body' : 'Show body'}
            <span className={shared.visuallyHidden}> of call {message.id}</span>
          </Button>
        </Cell>
      </TableRow>
      {open ? (
        <TableRow id={bodyId}>
          <Cell colSpan={5} className={styles.bodyCell}>
            <pre className={styles.pre}>{bodyText(message.body)}</pre>
          </Cell>
        </TableRow>
      ) : null}
    </Fragment>
  );
}

/** Local mode calls no Microsoft 365 service; this shows every call it would have made. */
export function OutboxPage() {
  const styles = useStyles();
  const api = useApi();
  const paged = usePagedQuery((page, signal) => api.getOutbox(page, signal));

  return (
    <>
      <PageHeading
        title="Microsoft 365 outbox"
        lead="The hub is running without a Microsoft 365 connection. Instead of calling Microsoft Graph, it records each call here, so you can check what would have been sent. Newest first."
      />
      <PagedListCard paged={paged} noun="outbox" empty="No calls yet. When the hub would have called Microsoft 365 – to post news, send a Teams notification or set up a meeting – the call appears here.">
        {(items) => (
          <Table className={styles.table} aria-label="Microsoft Graph calls">
            <TableHeader>
              <TableRow>
                <HeadCell className={styles.when}>When</HeadCell>
                <HeadCell>Action</HeadCell>
                <HeadCell className={styles.method}>Method</HeadCell>
                <HeadCell>Path</HeadCell>
                <HeadCell className={styles.body}>Body</HeadCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((message) => (
                <OutboxRow key={message.id} message={message} />
              ))}
            </TableBody>
          </Table>
        )}
      </PagedListCard>
    </>
  );
}
