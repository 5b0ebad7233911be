import { PageHeading } from '../../components/PageHeading';

export function ObjectiveEditorPage() {
  return <PageHeading title="Write a digital objective" />;
}
