import { Card } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { usePagedQuery } from '../api/use-paged-query';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { Pager } from './Pager';
import { ScrollRegion } from './ScrollRegion';
import { useSharedStyles } from './shared-styles';

type PagedQuery<T> = ReturnType<typeof usePagedQuery<{ items: T[]; total: number }>>;

/**
 * A long list shown a page at a time: loading and error states, an empty message, the
 * table in a scrollable region, and a pager. Pages supply only their table and words.
 */
export function PagedListCard<T>({
  paged,
  noun,
  empty,
  children,
}: {
  paged: PagedQuery<T>;
  /** What the list is, in words that fit "Loading the …", "… pages": e.g. "audit log". */
  noun: string;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  const shared = useSharedStyles();
  const { query, offset, limit, setOffset } = paged;
  return (
    <>
      {query.status === 'error' ? <ErrorState title={`We could not load the ${noun}`} error={query.error} onRetry={query.reload} /> : null}
      {query.data === undefined ? (
        query.status === 'loading' ? <LoadingState label={`Loading the ${noun}…`} /> : null
      ) : (
        <Card className={shared.card}>
          {query.data.total === 0 ? (
            <p className={shared.paragraph}>{empty}</p>
          ) : (
            <>
              <ScrollRegion label={`${noun[0]!.toUpperCase()}${noun.slice(1)} entries`}>{children(query.data.items)}</ScrollRegion>
              <Pager
                label={`${noun[0]!.toUpperCase()}${noun.slice(1)} pages`}
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
