import { PageHeading } from '../../components/PageHeading';

export function AppraisalYearsPage() {
  return <PageHeading title="Appraisal years" />;
}
