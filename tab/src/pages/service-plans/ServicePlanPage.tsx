import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ServicePlan } from '../../../../api/src/contracts/service-plans';
import { useApi } from '../../api/api-context';
import { getServicePlan } from '../../api/service-plans-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { StatusNotice } from '../../components/StatusNotice';
import { useSharedStyles } from '../../components/shared-styles';
import { useRouter } from '../../router/history-router';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { PlanItems } from './PlanItems';
import { PlanSummary } from './PlanSummary';
import { itemCountText, lastChangedText } from './service-plan-format';
import { useYearParam } from './use-year-param';
import { YearPicker } from './YearPicker';
import { Notice } from '../../components/Notice';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

type Notice = { message: string; intent: 'success' | 'error' };

/** One service's plan: anyone reads it; its head of service and the policy team keep it. */
export function ServicePlanPage() {
  const styles = useStyles();
  const api = useApi();
  const { location } = useRouter();
  const serviceId = new URLSearchParams(location.search).get('serviceId') ?? '';
  const [yearId, setYearId] = useYearParam();
  const loaded = useApiQuery((signal) => getServicePlan(api, serviceId, yearId, signal), `service-plan:${serviceId}:${yearId ?? ''}`);
  // What the last change answered with, until the year shown changes.
  const [changed, setChanged] = useState<{ key: string; plan: ServicePlan } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const key = `${serviceId}:${yearId ?? ''}`;
  const plan = changed?.key === key ? changed.plan : loaded.data;

  if (!plan || loaded.status === 'loading') {
    return (
      <div className={styles.page}>
        <PageHeading title="Service plan" />
        {loaded.status === 'error' ? <ErrorState title="We could not open the service plan" error={loaded.error} onRetry={loaded.reload} /> : <LoadingState label="Loading the service plan…" />}
        <RouterLink href={PAGE_PATHS.servicePlans}>All service plans</RouterLink>
      </div>
    );
  }

  const onChanged = (next: ServicePlan, message: string) => {
    setChanged({ key, plan: next });
    setNotice({ message, intent: 'success' });
  };
  return (
    <div className={styles.page}>
      <PageHeading
        title={`${plan.service.name} service plan`}
        lead={[plan.year ? `Appraisal year ${plan.year.label}.` : null, `Head of service: ${plan.head?.displayName ?? 'none in the directory'}.`].filter(Boolean).join(' ')}
      />
      <YearPicker years={plan.years} year={plan.year} onChange={setYearId} />
      <Compliance plan={plan} />
      <StatusNotice message={notice?.message} intent={notice?.intent} />
      <PlanSummary key={key} plan={plan} onSaved={onChanged} />
      <PlanItems plan={plan} onChanged={onChanged} onFailed={(message) => setNotice({ message, intent: 'error' })} />
      <LastChanged plan={plan} />
      <RouterLink href={PAGE_PATHS.servicePlans}>All service plans</RouterLink>
    </div>
  );
}

function Compliance({ plan }: { plan: ServicePlan }) {
  if (plan.complies) {
    return (
      <Notice intent="success" layout="multiline">This plan has a digital objective: {itemCountText(plan.items.length).toLowerCase()}.</Notice>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>No digital objective yet</MessageBarTitle>
        Every service plan needs at least one digital objective or project, with an owner, a measure and a status.
        {plan.canEdit ? ' Add one below.' : ''}
      </MessageBarBody>
    </MessageBar>
  );
}

function LastChanged({ plan }: { plan: ServicePlan }) {
  const shared = useSharedStyles();
  const closed = plan.year?.status === 'closed';
  return (
    <p className={mergeClasses(shared.paragraph, shared.muted)}>
      Last changed: {lastChangedText(plan.updatedAt, plan.updatedBy)}.
      {closed ? ' This appraisal year is closed, so the plan can no longer change.' : ''}
      {!plan.canEdit && !closed ? ' Only the head of service and the policy team can change it.' : ''}
    </p>
  );
}
