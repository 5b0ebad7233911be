import { Card, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { ChampionDashboard, ChampionPeriodFigures } from '../../../../api/src/contracts/champion-dashboards';
import { getChampionDashboard } from '../../api/champion-dashboards-api';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { DataTable } from '../../components/DataTable';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { RouterLink } from '../../router/RouterLink';
import { formatMinutes } from '../help-requests/help-request-format';
import { FigureCards } from './FigureCards';
import { RecentRatings } from './RecentRatings';
import { Notice } from '../../components/Notice';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  table: { minWidth: '520px' },
});

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function averageText(figures: ChampionPeriodFigures): string {
  return figures.averageRating === null ? 'No ratings yet' : `${figures.averageRating.toFixed(1)} out of 5`;
}

const ROWS: { label: string; value: (figures: ChampionPeriodFigures) => string }[] = [
  { label: 'People helped', value: (figures) => String(figures.peopleHelped) },
  { label: 'Requests resolved', value: (figures) => String(figures.requestsResolved) },
  { label: 'Other support sessions logged', value: (figures) => String(figures.supportSessions) },
  { label: 'Time given', value: (figures) => formatMinutes(figures.minutes) },
  { label: 'Average rating', value: averageText },
  { label: 'Ratings received', value: (figures) => String(figures.ratingCount) },
];

/** A champion's own dashboard: their queue, and the people, time and ratings of their help. */
export function ChampionDashboardPage() {
  const api = useApi();
  const query = useApiQuery((signal) => getChampionDashboard(api, signal), 'champion-dashboard');
  return (
    <>
      <PageHeading title="My champion work" lead="What is waiting for you, and the difference your help has made." />
      {query.status === 'error' ? <ErrorState title="We could not load your dashboard" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' ? <LoadingState label="Loading your dashboard…" /> : null}
      {query.status === 'success' ? <Dashboard dashboard={query.data} /> : null}
    </>
  );
}

function Dashboard({ dashboard }: { dashboard: ChampionDashboard }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const month = MONTH.format(new Date(`${dashboard.monthStartsOn}T12:00:00Z`));
  const { queue, thisMonth, allTime } = dashboard;
  return (
    <div className={styles.page}>
      {dashboard.status === 'paused' ? (
        <Notice intent="info">
            You are paused, so no new requests are offered to you. You can resume on your{' '}
            <RouterLink href="/champions/profile">champion profile</RouterLink>.
          </Notice>
      ) : null}
      <section aria-labelledby="queue-heading" className={shared.section}>
        <h2 id="queue-heading" className={shared.sectionHeading}>
          Your queue
        </h2>
        <FigureCards
          label="Your queue"
          figures={[
            { key: 'offered', label: 'Offered to you', value: String(queue.offeredToMe), detail: 'Waiting for you to accept or pass' },
            { key: 'open', label: 'Open to every champion', value: String(queue.openToAll), detail: 'Any champion can pick these up' },
            { key: 'helping', label: 'You are helping', value: String(queue.helping), detail: 'Taken by you, not yet resolved' },
          ]}
        />
        <p className={shared.paragraph}>
          <RouterLink href="/champions/queue">Go to your help queue</RouterLink>
        </p>
      </section>

      <section aria-labelledby="work-heading" className={shared.section}>
        <h2 id="work-heading" className={shared.sectionHeading}>
          Your help in {month}
        </h2>
        <FigureCards
          label={`Your help in ${month}`}
          figures={[
            { key: 'people', label: 'People helped', value: String(thisMonth.peopleHelped), detail: `${allTime.peopleHelped} since you started` },
            { key: 'time', label: 'Time given', value: formatMinutes(thisMonth.minutes), detail: `${formatMinutes(allTime.minutes)} since you started` },
            {
              key: 'rating',
              label: 'Average rating',
              value: thisMonth.averageRating === null ? '–' : `${thisMonth.averageRating.toFixed(1)} / 5`,
              detail: thisMonth.averageRating === null ? 'No ratings this month yet' : `From ${thisMonth.ratingCount} rating${thisMonth.ratingCount === 1 ? '' : 's'} this month`,
            },
          ]}
        />
        <Card className={shared.card}>
          <DataTable
            label={`Your help in ${month} and since you started`}
            className={styles.table}
            head={
              <>
                <HeadCell>Figure</HeadCell>
                <HeadCell>{month}</HeadCell>
                <HeadCell>Since you started</HeadCell>
              </>
            }
          >
            {ROWS.map((row) => (
              <TableRow key={row.label}>
                <Cell>{row.label}</Cell>
                <Cell>{row.value(thisMonth)}</Cell>
                <Cell>{row.value(allTime)}</Cell>
              </TableRow>
            ))}
          </DataTable>
        </Card>
      </section>

      <RecentRatings ratings={dashboard.recentRatings} />
    </div>
  );
}
