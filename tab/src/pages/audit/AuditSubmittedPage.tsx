import { useApi } from '../../api/api-context';
import { getReport } from '../../api/skills-audit-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { AuditReportView } from '../../components/report/AuditReportView';
import { useRouter } from '../../router/history-router';
import { RouterLink } from '../../router/RouterLink';
import { AUDIT_PATHS } from './audit-steps';

/** The confirmation after Submit, with the report straight under it. */
export function AuditSubmittedPage() {
  const api = useApi();
  const { location } = useRouter();
  const responseId = new URLSearchParams(location.search).get('id') ?? '';
  const query = useApiQuery((signal) => getReport(api, responseId, signal), responseId);

  return (
    <>
      <PageHeading
        title="Audit complete"
        heading="You have finished the skills audit"
        lead={
          <>
            Thank you. Your answers are saved and your report is below. You can come back to it any time in{' '}
            <RouterLink href={AUDIT_PATHS.mySkills} inline>
              My skills
            </RouterLink>
            .
          </>
        }
      />
      {query.status === 'error' ? <ErrorState title="We could not load your report" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' ? <LoadingState label="Loading your report…" /> : null}
      {query.status === 'success' ? <AuditReportView report={query.data} /> : null}
    </>
  );
}
