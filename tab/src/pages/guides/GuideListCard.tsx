import { Card } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { QueryState } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { useSharedStyles } from '../../components/shared-styles';

/**
 * A card listing guides for one purpose (my guides, waiting to publish): the error, a quiet
 * loading line, the empty message, or the table the caller draws.
 */
export function GuideListCard<T>({
  headingId,
  heading,
  what,
  empty,
  query,
  before,
  children,
}: {
  headingId: string;
  heading: string;
  /** What is loaded, to fit "We could not load …" and "Loading …": e.g. "your guides". */
  what: string;
  empty: string;
  query: QueryState<{ items: T[] }> & { reload: () => void };
  /** Shown under the heading, before the list: e.g. the result of the last action. */
  before?: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  const shared = useSharedStyles();
  const { data } = query;
  return (
    <Card className={shared.card}>
      <section aria-labelledby={headingId} className={shared.section}>
        <h2 id={headingId} className={shared.sectionHeading}>
          {heading}
        </h2>
        {before}
        {query.status === 'error' ? <ErrorState title={`We could not load ${what}`} error={query.error} onRetry={query.reload} /> : null}
        {/* One spinner per page (the published list has it); this list fills in when it arrives. */}
        {data === undefined && query.status === 'loading' ? <p className={shared.paragraph}>Loading {what}…</p> : null}
        {data && data.items.length === 0 ? <p className={shared.paragraph}>{empty}</p> : null}
        {data && data.items.length > 0 ? children(data.items) : null}
      </section>
    </Card>
  );
}
