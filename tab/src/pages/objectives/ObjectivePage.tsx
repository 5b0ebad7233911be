import { PageHeading } from '../../components/PageHeading';

export function ObjectivePage() {
  return <PageHeading title="Digital objective" />;
}
