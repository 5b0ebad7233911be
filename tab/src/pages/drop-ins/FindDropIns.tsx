import { Card } from '@fluentui/react-components';
import { useState } from 'react';
import type { DropIn } from '../../../../api/src/contracts/drop-ins';
import { useApi } from '../../api/api-context';
import { cancelMyPlace, findDropIns, registerForDropIn } from '../../api/drop-ins-api';
import { useApiQuery } from '../../api/use-api-query';
import { PagedResults } from '../../components/PagedResults';
import { useSharedStyles } from '../../components/shared-styles';
import { sessionTimeText } from '../support-log/uk-time';
import { DropInFilters, type DropInFilterValues } from './DropInFilters';
import { DropInSummary } from './DropInSummary';
import { useDropInAction, useDropInListStyles, type DropInSectionProps } from './drop-in-section';

const PAGE_SIZE = 10;

/** Everyone's way in: find a session by skill, place and format, and book or give back a place. */
export function FindDropIns({ skills, sites, refreshKey, announce, onChanged }: DropInSectionProps) {
  const styles = useDropInListStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [filters, setFilters] = useState<DropInFilterValues>({ categoryKey: '', siteId: '', format: '' });
  const [offset, setOffset] = useState(0);
  const { busyId, run } = useDropInAction({ announce, onChanged });
  const search = { categoryKey: filters.categoryKey || undefined, siteId: filters.siteId || undefined, format: filters.format || undefined, limit: PAGE_SIZE, offset };
  const found = useApiQuery((signal) => findDropIns(api, search, signal), `${JSON.stringify(search)}:${refreshKey}`);

  const act = (dropIn: DropIn, booking: boolean) =>
    run(
      dropIn.id,
      async () => {
        const updated = booking ? await registerForDropIn(api, dropIn.id) : await cancelMyPlace(api, dropIn.id);
        const when = sessionTimeText(updated.startsAt, updated.endsAt);
        return booking
          ? `You have a place at ${updated.title} on ${when}. We will send you a reminder in Teams the day before.`
          : `You have given back your place at ${updated.title}. Someone else can now have it.`;
      },
      booking ? 'Your place was not booked' : 'Your place was not given back',
    );

  return (
    <Card className={shared.card}>
      <section aria-labelledby="find-heading" className={shared.section}>
        <h2 id="find-heading" className={shared.sectionHeading}>
          Find a session
        </h2>
        <DropInFilters
          values={filters}
          skills={skills}
          sites={sites}
          onChange={(values) => {
            setFilters(values);
            setOffset(0);
          }}
        />
        <PagedResults
          query={found}
          noun="sessions"
          empty="No sessions match. Try another skill or place, or look again later."
          pagerLabel="Session pages"
          offset={offset}
          limit={PAGE_SIZE}
          onOffsetChange={setOffset}
        >
          {(items) => (
            <ul className={styles.list} aria-label="Sessions">
              {items.map((dropIn) => (
                <li key={dropIn.id}>
                  <DropInSummary dropIn={dropIn} busy={busyId === dropIn.id} onRegister={(item) => void act(item, true)} onCancelPlace={(item) => void act(item, false)} />
                </li>
              ))}
            </ul>
          )}
        </PagedResults>
      </section>
    </Card>
  );
}
