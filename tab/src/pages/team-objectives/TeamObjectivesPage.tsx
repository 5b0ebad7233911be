import { PageHeading } from '../../components/PageHeading';

export function TeamObjectivesPage() {
  return <PageHeading title="Team objectives" />;
}
