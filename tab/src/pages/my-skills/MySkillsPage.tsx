import { Card, TableRow, makeStyles } from '@fluentui/react-components';
import type { ReportSummary } from '../../../../api/src/contracts/skills-audit';
import { useApi } from '../../api/api-context';
import { getMyReports, getReport } from '../../api/skills-audit-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { AuditReportView } from '../../components/report/AuditReportView';
import { formatDay } from '../../components/report/report-format';
import { DataTable } from '../../components/DataTable';
import { useSharedStyles } from '../../components/shared-styles';
import { Cell, HeadCell } from '../../components/table-cells';
import { RouterLink } from '../../router/RouterLink';
import { AUDIT_PATHS, reportPath } from '../audit/audit-steps';

const useStyles = makeStyles({
  table: { minWidth: '520px', tableLayout: 'auto' },
});

/** The latest skills report, and every earlier audit to look back at. */
export function MySkillsPage() {
  const api = useApi();
  const query = useApiQuery((signal) => getMyReports(api, signal), 'my-reports');
  const reports = query.status === 'success' ? [...query.data.items].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)) : [];
  const latest = reports[0];

  return (
    <>
      <PageHeading
        title="My skills"
        lead={latest ? `Your latest skills report, from ${latest.campaign.name} (finished on ${formatDay(latest.submittedAt)}).` : 'Your skills reports from the digital skills audit.'}
      />
      {query.status === 'error' ? <ErrorState title="We could not load your reports" error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'loading' ? <LoadingState label="Loading your reports…" /> : null}
      {query.status === 'success' && !latest ? <NoReportsYet /> : null}
      {latest ? <LatestReport responseId={latest.responseId} /> : null}
      {latest ? <PastAudits reports={reports} /> : null}
    </>
  );
}

function NoReportsYet() {
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <p className={shared.paragraph}>
        You have not finished a skills audit yet. When you do, your report and learning plan will be here.{' '}
        <RouterLink href={AUDIT_PATHS.start} inline>
          Go to the skills audit
        </RouterLink>
      </p>
    </Card>
  );
}

function LatestReport({ responseId }: { responseId: string }) {
  const api = useApi();
  const query = useApiQuery((signal) => getReport(api, responseId, signal), responseId);
  if (query.status === 'error') return <ErrorState title="We could not load your latest report" error={query.error} onRetry={query.reload} />;
  if (query.status === 'loading') return <LoadingState label="Loading your latest report…" />;
  return <AuditReportView report={query.data} />;
}

function PastAudits({ reports }: { reports: readonly ReportSummary[] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="history-heading" className={shared.section}>
        <h2 id="history-heading" className={shared.sectionHeading}>
          All your audits
        </h2>
        <DataTable
          label="All your audits"
          className={styles.table}
          head={
            <>
              <HeadCell>Audit</HeadCell>
              <HeadCell>Finished on</HeadCell>
              <HeadCell>Basic digital skills</HeadCell>
              <HeadCell>Report</HeadCell>
            </>
          }
        >
          {reports.map((report) => (
            <TableRow key={report.responseId}>
              <Cell>{report.campaign.name}</Cell>
              <Cell>
                <time dateTime={report.submittedAt}>{formatDay(report.submittedAt)}</time>
              </Cell>
              <Cell>{report.basicSkillsMet ? 'Yes' : 'Not yet'}</Cell>
              <Cell>
                <RouterLink href={reportPath(report.responseId)}>
                  View report<span className={shared.visuallyHidden}> for {report.campaign.name}</span>
                </RouterLink>
              </Cell>
            </TableRow>
          ))}
        </DataTable>
      </section>
    </Card>
  );
}
