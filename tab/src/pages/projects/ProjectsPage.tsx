import { PageHeading } from '../../components/PageHeading';

export function ProjectsPage() {
  return <PageHeading title="Digital projects" />;
}
