import { Card, makeStyles, tokens } from '@fluentui/react-components';
import type { ServicePlanList, ServicePlanListItem } from '../../../../api/src/contracts/service-plans';
import { useApi } from '../../api/api-context';
import { listServicePlans } from '../../api/service-plans-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { useSession } from '../../session/session-context';
import { ComplianceMark } from './ComplianceMark';
import { itemCountText, servicePlanPath } from './service-plan-format';
import { ServiceLinesTable, type ServiceLineColumn } from './ServiceLinesTable';
import { useYearParam } from './use-year-param';
import { YearPicker } from './YearPicker';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  mine: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The policy team, HR and administrators also see how many comply; the server decides, this only offers the link. */
function useSeesCompliance(): boolean {
  const { state } = useSession();
  const roles = state.status === 'signed-in' ? state.me.roles.map((badge) => badge.role) : [];
  return roles.some((role) => role === 'policy' || role === 'hr' || role === 'admin');
}

/** Every service's plan and whether it has a digital objective; a head of service finds their own first. */
export function ServicePlansPage() {
  const styles = useStyles();
  const api = useApi();
  const [yearId, setYearId] = useYearParam();
  const query = useApiQuery((signal) => listServicePlans(api, yearId, signal), `service-plans:${yearId ?? ''}`);
  const seesCompliance = useSeesCompliance();
  return (
    <div className={styles.page}>
      <PageHeading
        title="Service plans"
        lead="Every service plan should include at least one digital objective or project. Anyone can read the plans; each head of service keeps their own."
      />
      {seesCompliance ? <RouterLink href={PAGE_PATHS.servicePlanCompliance}>See service plan compliance</RouterLink> : null}
      {query.status === 'error' ? <ErrorState title="We could not load the service plans" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' ? <LoadingState label="Loading the service plans…" /> : null}
      {query.data ? <Plans list={query.data} onYear={setYearId} /> : null}
    </div>
  );
}

function Plans({ list, onYear }: { list: ServicePlanList; onYear: (yearId: string) => void }) {
  const shared = useSharedStyles();
  const mine = list.items.filter((line) => line.headedByMe);
  const yearId = list.year?.status === 'open' ? undefined : list.year?.id;
  return (
    <>
      <YearPicker years={list.years} year={list.year} onChange={onYear} />
      {list.year ? null : <p className={shared.paragraph}>HR has not set up an appraisal year yet, so no service has a plan.</p>}
      {mine.length > 0 ? <YourService lines={mine} yearId={yearId} /> : null}
      <section aria-labelledby="all-services-heading" className={shared.section}>
        <h2 id="all-services-heading" className={shared.sectionHeading}>
          All services{list.year ? `, ${list.year.label}` : ''}
        </h2>
        <ServiceLinesTable label="Service plans" lines={list.items} yearId={yearId} columns={PLAN_COLUMNS} />
      </section>
    </>
  );
}

function YourService({ lines, yearId }: { lines: ServicePlanListItem[]; yearId: string | undefined }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <section aria-labelledby="your-service-heading" className={shared.section}>
      <h2 id="your-service-heading" className={shared.sectionHeading}>
        Your service
      </h2>
      <ul className={styles.mine}>
        {lines.map((line) => (
          <li key={line.service.id}>
            <Card className={shared.card}>
              <h3 className={shared.subHeading}>{line.service.name}</h3>
              <p className={shared.paragraph}>
                {line.complies
                  ? `The plan has ${itemCountText(line.itemCount).toLowerCase()}.`
                  : 'The plan does not have a digital objective or project yet. Every service plan needs at least one.'}
              </p>
              <RouterLink href={servicePlanPath(line.service.id, yearId)}>{line.complies ? `Open the ${line.service.name} plan` : `Add a digital objective to the ${line.service.name} plan`}</RouterLink>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

const PLAN_COLUMNS: readonly ServiceLineColumn<ServicePlanListItem>[] = [
  { heading: 'Has a digital objective', cell: (line) => <ComplianceMark complies={line.complies} /> },
  { heading: 'Objectives and projects', cell: (line) => itemCountText(line.itemCount) },
];
