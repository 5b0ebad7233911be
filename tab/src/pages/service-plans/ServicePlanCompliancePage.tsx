import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ComplianceService, ServicePlanCompliance } from '../../../../api/src/contracts/service-plans';
import { useApi } from '../../api/api-context';
import { getServicePlanCompliance, sendComplianceReminders } from '../../api/service-plans-api';
import { asApiError, useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { plural } from '../../components/format';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { StatusNotice } from '../../components/StatusNotice';
import { useSharedStyles } from '../../components/shared-styles';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { FigureCards } from '../champion-dashboard/FigureCards';
import { reminderResultIntent, reminderResultText } from './reminder-result-text';
import { itemCountText } from './service-plan-format';
import { ServiceLinesTable, type ServiceLineColumn } from './ServiceLinesTable';
import { useYearParam } from './use-year-param';
import { YearPicker } from './YearPicker';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  remind: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

/** The policy team's check that every service plan has a digital objective, and a nudge to the heads of those that do not. */
export function ServicePlanCompliancePage() {
  const styles = useStyles();
  const api = useApi();
  const [yearId, setYearId] = useYearParam();
  const query = useApiQuery((signal) => getServicePlanCompliance(api, yearId, signal), `service-plan-compliance:${yearId ?? ''}`);
  return (
    <div className={styles.page}>
      <PageHeading title="Service plan compliance" lead="Which services have at least one digital objective or project in their plan, as the digital strategy asks." />
      {query.status === 'error' ? <ErrorState title="We could not load service plan compliance" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' && !query.data ? <LoadingState label="Loading service plan compliance…" /> : null}
      {query.data ? <Compliance report={query.data} onYear={setYearId} onReminded={query.reload} /> : null}
      <RouterLink href={PAGE_PATHS.servicePlans}>All service plans</RouterLink>
    </div>
  );
}

function Compliance({ report, onYear, onReminded }: { report: ServicePlanCompliance; onYear: (yearId: string) => void; onReminded: () => void }) {
  const shared = useSharedStyles();
  const { totals } = report;
  const without = report.items.filter((line) => !line.complies);
  const withObjective = report.items.filter((line) => line.complies);
  const yearId = report.year?.status === 'open' ? undefined : report.year?.id;
  return (
    <>
      <YearPicker years={report.years} year={report.year} onChange={onYear} />
      <section aria-labelledby="compliance-totals-heading" className={shared.section}>
        <h2 id="compliance-totals-heading" className={shared.sectionHeading}>
          {report.year ? `At a glance, ${report.year.label}` : 'At a glance'}
        </h2>
        <FigureCards
          label="At a glance"
          figures={[
            { key: 'with', label: 'With a digital objective', value: `${totals.percentage}%`, detail: `${totals.withObjective} of ${plural(totals.services, 'service')}` },
            { key: 'without', label: 'Without one', value: String(totals.withoutObjective), detail: totals.withoutObjective === 0 ? 'Every service plan has one' : `${plural(totals.withoutObjective, 'service')} to follow up` },
          ]}
        />
      </section>
      {report.canRemind && without.length > 0 && report.year?.status !== 'closed' ? <Remind report={report} onReminded={onReminded} /> : null}
      <section aria-labelledby="without-heading" className={shared.section}>
        <h2 id="without-heading" className={shared.sectionHeading}>
          Services without a digital objective
        </h2>
        {without.length === 0 ? <p className={shared.paragraph}>None: every service plan has at least one.</p> : <ServiceLinesTable label="Services without a digital objective" lines={without} yearId={yearId} columns={REMINDED_COLUMNS} />}
      </section>
      <section aria-labelledby="with-heading" className={shared.section}>
        <h2 id="with-heading" className={shared.sectionHeading}>
          Services with a digital objective
        </h2>
        {withObjective.length === 0 ? <p className={shared.paragraph}>None yet.</p> : <ServiceLinesTable label="Services with a digital objective" lines={withObjective} yearId={yearId} columns={COUNT_COLUMNS} />}
      </section>
    </>
  );
}

function Remind({ report, onReminded }: { report: ServicePlanCompliance; onReminded: () => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ message: string; intent: 'success' | 'warning' | 'info' | 'error' } | null>(null);

  const remind = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await sendComplianceReminders(api, report.year?.id);
      setNotice({ message: reminderResultText(result), intent: reminderResultIntent(result) });
      onReminded();
    } catch (caught) {
      setNotice({ message: asApiError(caught).message, intent: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className={shared.card}>
      <section aria-labelledby="remind-heading" className={styles.remind}>
        <h2 id="remind-heading" className={shared.sectionHeading}>
          Remind heads of service
        </h2>
        <p className={shared.paragraph}>
          Each head of a service without a digital objective gets a message in Teams with a link to their plan. Nobody is reminded more than once a week.
        </p>
        <Button appearance="primary" icon={<AlertRegular />} disabledFocusable={busy} onClick={() => void remind()}>
          {busy ? 'Sending reminders…' : 'Remind heads of service without one'}
        </Button>
        <StatusNotice message={notice?.message} intent={notice?.intent} layout="multiline" />
      </section>
    </Card>
  );
}

const REMINDED_COLUMNS: readonly ServiceLineColumn<ComplianceService>[] = [{ heading: 'Reminded this week', cell: (line) => (line.remindedThisWeek ? 'Yes' : 'No') }];
const COUNT_COLUMNS: readonly ServiceLineColumn<ComplianceService>[] = [{ heading: 'Objectives and projects', cell: (line) => itemCountText(line.itemCount) }];
