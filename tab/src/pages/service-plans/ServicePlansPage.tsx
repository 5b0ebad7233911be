import { PageHeading } from '../../components/PageHeading';

export function ServicePlansPage() {
  return <PageHeading title="Service plans" />;
}
