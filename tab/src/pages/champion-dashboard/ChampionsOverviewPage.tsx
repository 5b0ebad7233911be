import { Card, Field, Radio, RadioGroup, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { OVERVIEW_DEFAULT_DAYS, type ChampionsOverview } from '../../../../api/src/contracts/champion-dashboards';
import { getChampionsOverview } from '../../api/champion-dashboards-api';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { DataTable } from '../../components/DataTable';
import { ErrorState } from '../../components/ErrorState';
import { plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { formatDuration } from '../help-requests/help-request-format';
import { CoverageTable } from './CoverageTable';
import { FigureCards, type Figure } from './FigureCards';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  table: { minWidth: '480px' },
});

const PERIODS = [
  { days: 30, label: 'Last 30 days' },
  { days: OVERVIEW_DEFAULT_DAYS, label: 'Last 90 days' },
  { days: 365, label: 'Last 12 months' },
] as const;

function summary(overview: ChampionsOverview): Figure[] {
  const { totals, unanswered, timeToClaim, timeToResolve, ratings } = overview;
  const waiting = unanswered.offered + unanswered.openToAll;
  return [
    {
      key: 'champions',
      label: 'Active champions',
      value: String(totals.champions),
      detail: `${totals.pausedChampions} paused, ${totals.waitingForApproval} waiting for approval`,
    },
    {
      key: 'ratio',
      label: 'Staff for each champion',
      value: totals.staffPerChampion === null ? '–' : String(Math.round(totals.staffPerChampion)),
      detail: `${plural(totals.staff, 'member', 'members')} of staff in the directory`,
    },
    {
      key: 'unanswered',
      label: 'Requests nobody has taken',
      value: String(waiting),
      detail:
        unanswered.oldestAgeMinutes === null
          ? 'None waiting'
          : `${unanswered.offered} offered, ${unanswered.openToAll} open to all. The oldest has waited ${formatDuration(unanswered.oldestAgeMinutes)}.`,
    },
    {
      key: 'claim',
      label: 'Typical time to take a request',
      value: timeToClaim.medianMinutes === null ? '–' : formatDuration(timeToClaim.medianMinutes),
      detail: `The median, over ${plural(timeToClaim.count, 'request')} taken`,
    },
    {
      key: 'resolve',
      label: 'Typical time to resolve',
      value: timeToResolve.medianMinutes === null ? '–' : formatDuration(timeToResolve.medianMinutes),
      detail: `The median from asking to resolved, over ${plural(timeToResolve.count, 'request')}`,
    },
    {
      key: 'rating',
      label: 'Average rating',
      value: ratings.average === null ? '–' : `${ratings.average.toFixed(1)} / 5`,
      detail: ratings.count === 0 ? 'No ratings in this period' : `From ${plural(ratings.count, 'rating')}`,
    },
  ];
}

/** The digital team's view of the champions programme: coverage against staff, waiting requests, speed and ratings. */
export function ChampionsOverviewPage() {
  const styles = useStyles();
  const api = useApi();
  const [days, setDays] = useState<number>(OVERVIEW_DEFAULT_DAYS);
  const query = useApiQuery((signal) => getChampionsOverview(api, days, signal), `champions-overview:${days}`);
  return (
    <div className={styles.page}>
      <PageHeading
        title="Champions overview"
        lead="Where Digital Champions are against the staff they serve, what is waiting for one, and how quickly and how well people are helped."
      />
      <Field label="Show requests and ratings from">
        <RadioGroup layout="horizontal" value={String(days)} onChange={(_, data) => setDays(Number(data.value))}>
          {PERIODS.map((period) => (
            <Radio key={period.days} value={String(period.days)} label={period.label} />
          ))}
        </RadioGroup>
      </Field>
      {query.status === 'error' ? <ErrorState title="We could not load the overview" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' && !query.data ? <LoadingState label="Loading the overview…" /> : null}
      {query.data ? <Overview overview={query.data} /> : null}
    </div>
  );
}

function Overview({ overview }: { overview: ChampionsOverview }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { requests } = overview;
  return (
    <>
      <section aria-labelledby="summary-heading" className={shared.section}>
        <h2 id="summary-heading" className={shared.sectionHeading}>
          At a glance
        </h2>
        <FigureCards label="At a glance" figures={summary(overview)} />
        <p className={shared.paragraph}>
          In the last {plural(overview.period.days, 'day')}: {plural(requests.asked, 'request')} asked, {requests.claimed} taken by a champion,{' '}
          {requests.resolved} resolved and {requests.cancelled} cancelled.
        </p>
      </section>
      <CoverageTable id="services-heading" heading="Champions in each service" placeLabel="Service" rows={overview.byService} />
      <CoverageTable id="sites-heading" heading="Champions at each site" placeLabel="Site" rows={overview.bySite} />
      <Card className={shared.card}>
        <section aria-labelledby="categories-heading" className={shared.section}>
          <h2 id="categories-heading" className={shared.sectionHeading}>
            What people ask about
          </h2>
          {overview.byCategory.length === 0 ? (
            <p className={shared.paragraph}>Nobody asked for help in this period.</p>
          ) : (
            <DataTable
              label="Requests by skill area"
              className={styles.table}
              head={
                <>
                  <HeadCell>Skill area</HeadCell>
                  <HeadCell>Asked</HeadCell>
                  <HeadCell>Resolved</HeadCell>
                </>
              }
            >
              {overview.byCategory.map((row) => (
                <TableRow key={row.categoryKey}>
                  <Cell>{row.title}</Cell>
                  <Cell>{row.asked}</Cell>
                  <Cell>{row.resolved}</Cell>
                </TableRow>
              ))}
            </DataTable>
          )}
        </section>
      </Card>
    </>
  );
}
