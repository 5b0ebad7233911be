import type { ReactNode } from 'react';
import type { QueryState } from '../api/use-api-query';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { Pager } from './Pager';
import { useSharedStyles } from './shared-styles';

/**
 * One page of search results: the error, the first load, a message when nothing matches,
 * or the results and a pager. Earlier results stay on screen while the next page loads.
 */
export function PagedResults<T>({
  query,
  noun,
  empty,
  pagerLabel,
  offset,
  limit,
  onOffsetChange,
  children,
}: {
  query: QueryState<{ items: T[]; total: number }> & { reload: () => void };
  /** What the results are, to fit "We could not load the …" and "Loading the …": e.g. "guides". */
  noun: string;
  empty: string;
  /** Names the pager's navigation landmark, e.g. "Guide pages". */
  pagerLabel: string;
  offset: number;
  limit: number;
  onOffsetChange: (offset: number) => void;
  children: (items: T[]) => ReactNode;
}) {
  const shared = useSharedStyles();
  const { data } = query;
  return (
    <>
      {query.status === 'error' ? <ErrorState title={`We could not load the ${noun}`} error={query.error} onRetry={query.reload} /> : null}
      {data === undefined && query.status === 'loading' ? <LoadingState label={`Loading the ${noun}…`} /> : null}
      {data && data.total === 0 ? <p className={shared.paragraph}>{empty}</p> : null}
      {data && data.total > 0 ? (
        <>
          {children(data.items)}
          <Pager label={pagerLabel} offset={offset} limit={limit} shown={data.items.length} total={data.total} busy={query.status === 'loading'} onChange={onOffsetChange} />
        </>
      ) : null}
    </>
  );
}
