import { useApi } from '../../api/api-context';
import { getReport } from '../../api/skills-audit-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { AuditReportView } from '../../components/report/AuditReportView';
import { formatDay } from '../../components/report/report-format';
import { useRouter } from '../../router/history-router';
import { useMe } from '../../session/session-context';
import { AUDIT_PATHS } from '../audit/audit-steps';
import { BackLink } from '../audit/AuditStates';

/** One report, from My skills' list of past audits (or a link HR or a manager followed). */
export function ReportPage() {
  const api = useApi();
  const me = useMe();
  const { location } = useRouter();
  const responseId = new URLSearchParams(location.search).get('id') ?? '';
  const query = useApiQuery((signal) => getReport(api, responseId, signal), responseId);
  const report = query.status === 'success' ? query.data : null;
  const own = !report || report.person.id === me.person.id;

  return (
    <>
      <BackLink href={AUDIT_PATHS.mySkills}>Back to My skills</BackLink>
      <PageHeading
        title="Skills report"
        heading={own ? 'Your skills report' : `Skills report for ${report?.person.displayName ?? ''}`}
        lead={report ? `${report.campaign.name}, finished on ${formatDay(report.submittedAt)}.` : undefined}
      />
      {query.status === 'error' ? <ErrorState title="We could not load this report" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' ? <LoadingState label="Loading the report…" /> : null}
      {report ? <AuditReportView report={report} /> : null}
    </>
  );
}
