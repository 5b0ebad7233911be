import { PageHeading } from '../../components/PageHeading';

export function ServicePlanPage() {
  return <PageHeading title="Service plan" />;
}
