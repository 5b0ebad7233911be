import { PageHeading } from '../../components/PageHeading';

export function MyObjectivesPage() {
  return <PageHeading title="My digital objectives" />;
}
