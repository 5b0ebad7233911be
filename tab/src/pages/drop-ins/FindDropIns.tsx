import { Card, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Reference } from '../../../../api/src/contracts/common';
import type { DropIn } from '../../../../api/src/contracts/drop-ins';
import { useApi } from '../../api/api-context';
import { cancelMyPlace, findDropIns, registerForDropIn } from '../../api/drop-ins-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Pager } from '../../components/Pager';
import { useSharedStyles } from '../../components/shared-styles';
import type { SkillChoice } from '../support-log/SkillCheckboxes';
import { sessionTimeText } from '../support-log/uk-time';
import { DropInFilters, type DropInFilterValues } from './DropInFilters';
import { DropInSummary } from './DropInSummary';
import type { Announce } from './announce';

const PAGE_SIZE = 10;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Everyone's way in: find a session by skill, place and format, and book or give back a place. */
export function FindDropIns({
  skills,
  sites,
  refreshKey,
  announce,
  onChanged,
}: {
  skills: readonly SkillChoice[];
  sites: readonly Reference[];
  /** Changes when something elsewhere on the page changed the sessions (a new one, a cancellation). */
  refreshKey: number;
  announce: Announce;
  onChanged: () => void;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [filters, setFilters] = useState<DropInFilterValues>({ categoryKey: '', siteId: '', format: '' });
  const [offset, setOffset] = useState(0);
  const [busyId, setBusyId] = useState<string | null>(null);
  const search = { categoryKey: filters.categoryKey || undefined, siteId: filters.siteId || undefined, format: filters.format || undefined, limit: PAGE_SIZE, offset };
  const found = useApiQuery((signal) => findDropIns(api, search, signal), `${JSON.stringify(search)}:${refreshKey}`);

  const act = async (dropIn: DropIn, booking: boolean) => {
    setBusyId(dropIn.id);
    try {
      const updated = booking ? await registerForDropIn(api, dropIn.id) : await cancelMyPlace(api, dropIn.id);
      const when = sessionTimeText(updated.startsAt, updated.endsAt);
      announce(
        'success',
        booking
          ? `You have a place at ${updated.title} on ${when}. We will send you a reminder in Teams the day before.`
          : `You have given back your place at ${updated.title}. Someone else can now have it.`,
      );
      onChanged();
    } catch (caught) {
      announce('error', `${booking ? 'Your place was not booked' : 'Your place was not given back'}: ${asApiError(caught).message}`);
      onChanged();
    } finally {
      setBusyId(null);
    }
  };

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
        {found.status === 'error' ? <ErrorState title="We could not load the sessions" error={found.error} onRetry={found.reload} /> : null}
        {found.data === undefined && found.status === 'loading' ? <LoadingState label="Loading the sessions…" /> : null}
        {found.data && found.data.total === 0 ? <p className={shared.paragraph}>No sessions match. Try another skill or place, or look again later.</p> : null}
        {found.data && found.data.total > 0 ? (
          <>
            <ul className={styles.list} aria-label="Sessions">
              {found.data.items.map((dropIn) => (
                <li key={dropIn.id}>
                  <DropInSummary dropIn={dropIn} busy={busyId === dropIn.id} onRegister={(item) => void act(item, true)} onCancelPlace={(item) => void act(item, false)} />
                </li>
              ))}
            </ul>
            <Pager label="Session pages" offset={offset} limit={PAGE_SIZE} shown={found.data.items.length} total={found.data.total} busy={found.status === 'loading'} onChange={setOffset} />
          </>
        ) : null}
      </section>
    </Card>
  );
}
