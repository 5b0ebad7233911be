import { Card, SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { TeamObjectiveFilter, type TeamObjectives } from '../../../../api/src/contracts/team-objectives';
import { useApi } from '../../api/api-context';
import { getTeamObjectives, type TeamObjectivesSearch } from '../../api/team-objectives-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { FilterField, FilterGrid, FilterSelect } from '../../components/Filters';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { useSharedStyles } from '../../components/shared-styles';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { YearSelect } from '../../components/YearSelect';
import { useRouter } from '../../router/history-router';
import { ExportButtons } from './ExportButtons';
import { StatusChips } from './StatusChips';
import { TeamAuditSummary } from './TeamAuditSummary';
import { TeamMembersTable } from './TeamMembersTable';
import { Notice } from '../../components/Notice';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  filters: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

interface Filters {
  yearId: string;
  teamManagerId: string;
  serviceId: string;
  status: TeamObjectiveFilter | '';
  text: string;
}

/** Home links here with `?status=waiting` and the like: the page opens on that filter. */
function filtersFrom(search: string): Filters {
  const status = TeamObjectiveFilter.safeParse(new URLSearchParams(search).get('status'));
  return { yearId: '', teamManagerId: '', serviceId: '', status: status.success ? status.data : '', text: '' };
}

/** A line manager's whole reporting line (HR: the council): who has no digital objective, what waits, what is late. */
export function TeamObjectivesPage() {
  const api = useApi();
  const shared = useSharedStyles();
  const { location } = useRouter();
  const [filters, setFilters] = useState<Filters>(() => filtersFrom(location.search));
  const [offset, setOffset] = useState(0);
  const text = useDebouncedValue(filters.text.trim(), 300);
  const search: TeamObjectivesSearch = {
    yearId: filters.yearId || undefined,
    teamManagerId: filters.teamManagerId || undefined,
    serviceId: filters.serviceId || undefined,
    status: filters.status || undefined,
    q: text || undefined,
    limit: PAGE_SIZE,
    offset,
  };
  const query = useApiQuery((signal) => getTeamObjectives(api, search, signal), JSON.stringify(search));
  const change = (next: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setOffset(0);
  };
  const data = query.data;

  return (
    <>
      <PageHeading
        title="Your team’s digital objectives"
        lead={
          data?.scope === 'council'
            ? 'Across the council, or one service or team: who has no digital objective yet, what waits for agreement, and whose check-ins are late.'
            : 'Everyone in your reporting line, directly or through another manager: who has no digital objective yet, what waits for your agreement, and whose check-ins are late.'
        }
      />
      {data === undefined && query.status === 'error' ? (
        <ErrorState title="We could not load your team’s objectives" error={query.error} onRetry={query.reload} />
      ) : null}
      {data === undefined && query.status === 'loading' ? <LoadingState label="Loading your team’s objectives…" /> : null}
      {data ? (
        <>
          <Card className={shared.card}>
            <section aria-labelledby="people-heading" className={shared.section}>
              <h2 id="people-heading" className={shared.sectionHeading}>
                {data.scope === 'council' && !filters.teamManagerId ? 'Everyone in the council' : 'People'}
              </h2>
              <TeamFilters data={data} filters={filters} onChange={change} />
              {data.notice ? (
                <Notice intent="info" layout="multiline">{data.notice}</Notice>
              ) : (
                <PagedResults
                  query={query}
                  noun="people"
                  empty="Nobody here matches. Try another filter, or clear the search."
                  pagerLabel="Pages of people"
                  offset={offset}
                  limit={PAGE_SIZE}
                  onOffsetChange={setOffset}
                >
                  {(items) => <TeamMembersTable members={items} scope={data.scope} />}
                </PagedResults>
              )}
            </section>
          </Card>
          <Card className={shared.card}>
            <TeamAuditSummary completion={data.auditCompletion} />
          </Card>
          {data.year ? (
            <Card className={shared.card}>
              <section aria-labelledby="export-heading" className={shared.section}>
                <h2 id="export-heading" className={shared.sectionHeading}>
                  Export for the appraisal system
                </h2>
                <p className={shared.paragraph}>
                  {`One row for each ${data.year.label} objective that was not withdrawn, with the person, their manager, the dates and the outcome. `}
                  {data.scope === 'council' ? 'HR’s export covers the whole council.' : 'It covers everyone in your reporting line.'}
                </p>
                <ExportButtons yearId={data.year.id} yearLabel={data.year.label} />
              </section>
            </Card>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function TeamFilters({ data, filters, onChange }: { data: TeamObjectives; filters: Filters; onChange: (next: Partial<Filters>) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const council = data.services.length > 0;
  return (
    <div className={styles.filters}>
      <FilterGrid columns={council || data.teams.length === 0 ? 2 : 3}>
        <YearSelect
          years={data.years}
          value={filters.yearId || data.year?.id || ''}
          onChange={(yearId) => onChange({ yearId })}
          optionText={(year) => (year.status === 'open' ? `${year.label} (open)` : year.label)}
          placeholder={data.year ? undefined : 'Choose a year'}
        />
        {data.teams.length > 0 ? (
          <FilterSelect
            label="Team"
            anyLabel={council ? 'Everyone in the council' : 'Everyone in your reporting line'}
            value={filters.teamManagerId}
            options={data.teams.map((manager) => ({ value: manager.id, label: `${manager.displayName}’s team` }))}
            onChange={(teamManagerId) => onChange({ teamManagerId })}
          />
        ) : null}
        {council ? (
          <FilterSelect
            label="Service"
            anyLabel="Every service"
            value={filters.serviceId}
            options={data.services.map((service) => ({ value: service.id, label: service.name }))}
            onChange={(serviceId) => onChange({ serviceId, teamManagerId: '' })}
          />
        ) : null}
        <FilterField label="Search by name">
          <SearchBox value={filters.text} onChange={(_, typed) => onChange({ text: typed.value })} />
        </FilterField>
      </FilterGrid>
      {data.year ? <StatusChips counts={data.counts} value={filters.status} onChange={(status) => onChange({ status })} /> : null}
      {data.year ? (
        <p className={shared.paragraph}>
          {`${data.counts.everyone} ${data.counts.everyone === 1 ? 'person' : 'people'} in view for ${data.year.label}. A check-in is overdue when nobody has recorded one within ${data.checkInEveryDays} days of agreement or the last check-in.`}
        </p>
      ) : null}
    </div>
  );
}
