import { PageHeading } from '../../components/PageHeading';

export function ProjectPage() {
  return <PageHeading title="Digital project" />;
}
