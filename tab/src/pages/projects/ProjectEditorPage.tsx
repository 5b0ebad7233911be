import { PageHeading } from '../../components/PageHeading';

export function ProjectEditorPage() {
  return <PageHeading title="Edit a digital project" />;
}
