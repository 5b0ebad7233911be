import { PageHeading } from '../../components/PageHeading';

export function ServicePlanCompliancePage() {
  return <PageHeading title="Service plan compliance" />;
}
